/// The relationships of a package part (`xl/_rels/workbook.xml.rels`): which part each
/// relationship id and type points to.
struct Relationships: Sendable {
    /// One `<Relationship>`.
    struct Relationship: Hashable, Sendable {
        var id: String
        var type: String
        /// The target's path in the archive, resolved against the source part's folder.
        var path: String
    }

    private(set) var list: [Relationship] = []

    /// The relationship with `id`.
    func relationship(id: String) -> Relationship? { list.first { $0.id == id } }

    /// The first relationship whose type ends with `/suffix` (`/styles`, `/sharedStrings`).
    func first(type suffix: String) -> Relationship? { list.first { $0.type.hasSuffix("/" + suffix) } }

    /// Reads relationships whose targets are relative to `folder` (`xl` for the workbook).
    struct Builder: XMLEventHandler {
        let folder: String
        private(set) var relationships = Relationships()

        init(folder: String) { self.folder = folder }

        mutating func start(_ tag: XMLTag) throws {
            guard tag.is("Relationship"), let id = tag.text("Id"), let target = tag.text("Target"),
                tag.text("TargetMode") != "External"
            else { return }
            let path = Relationships.resolve(target, from: folder)
            relationships.list.append(Relationship(id: id, type: tag.text("Type") ?? "", path: path))
        }

        mutating func end(_ name: XMLName) throws {}
        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws {}
    }

    /// The archive path of `target`: an absolute target (`/xl/sharedStrings.xml`) from the root,
    /// a relative one from `folder`, with `.` and `..` segments removed.
    static func resolve(_ target: String, from folder: String) -> String {
        let absolute = target.hasPrefix("/")
        var segments: [Substring] = absolute ? [] : folder.split(separator: "/")
        for segment in target.replacing("\\", with: "/").split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}

/// What `xl/workbook.xml` says: the sheets in their order and the date system.
struct WorkbookDescription: Sendable {
    /// One `<sheet>`: its name and the relationship id of its part.
    struct Sheet: Hashable, Sendable {
        var name: String
        var relationshipId: String
    }

    private(set) var sheets: [Sheet] = []
    private(set) var dateSystem = DateSystem.from1900

    /// Reads the description from its XML.
    struct Builder: XMLEventHandler {
        private(set) var description = WorkbookDescription()

        init() {}

        mutating func start(_ tag: XMLTag) throws {
            if tag.is("sheet"), let id = tag.text("id") {
                description.sheets.append(Sheet(name: tag.text("name") ?? "", relationshipId: id))
            } else if tag.is("workbookPr"), let value = tag.text("date1904")?.trimmingXMLSpace.lowercased() {
                description.dateSystem = value == "1" || value == "true" ? .from1904 : .from1900
            }
        }

        mutating func end(_ name: XMLName) throws {}
        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws {}
    }
}
