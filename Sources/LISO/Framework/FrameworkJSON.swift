/// The JSON form of ``FrameworkPrinter``: `"format": "liso-framework"`, `"version": 1`, every
/// text in both languages, keys in a fixed order.
enum FrameworkJSON {
    static func tree(_ framework: EvaluationFramework) -> JSONValue.Kind {
        object([
            ("format", .string("liso-framework")),
            ("version", .number(1)),
            ("id", .string(framework.id.rawValue)),
            ("name", text(framework.name)),
            ("elements", .array(framework.elements.map { JSONValue(element($0)) })),
            ("phases", .array(framework.phases.map { JSONValue(phase($0)) })),
            (
                "perspectives",
                .array(framework.perspectives.map { JSONValue(named($0.id.rawValue, $0.name, $0.description)) })
            ),
            ("roles", .array(framework.roles.map { JSONValue(named($0.id.rawValue, $0.name, $0.description)) })),
        ])
    }

    private static func element(_ element: CoreElement) -> JSONValue.Kind {
        object([
            ("id", .string(element.id.rawValue)), ("name", text(element.name)),
            ("description", text(element.description)),
            ("themes", .array(element.themes.map { JSONValue(theme($0)) })),
        ])
    }

    private static func theme(_ theme: Theme) -> JSONValue.Kind {
        object([
            ("id", .string(theme.id.rawValue)), ("name", text(theme.name)), ("topThree", .bool(theme.isTopThree)),
            ("provenance", .string(theme.provenance.rawValue)), ("basis", basis(theme.basis)),
            (
                "workingElements",
                .array(
                    theme.workingElements.map {
                        JSONValue(
                            object([
                                ("id", .string($0.id.rawValue)), ("statement", text($0.statement)),
                                ("provenance", .string($0.provenance.rawValue)), ("basis", basis($0.basis)),
                            ]))
                    })
            ),
        ])
    }

    private static func phase(_ phase: Phase) -> JSONValue.Kind {
        let relevance = phase.relevance
        return object([
            ("id", .string(phase.id.rawValue)), ("name", text(phase.name)), ("description", text(phase.description)),
            (
                "relevance",
                object([
                    ("elements", .array(relevance.elements.map { JSONValue(.string($0.rawValue)) })),
                    ("workingElements", .array(relevance.workingElements.map { JSONValue(.string($0.rawValue)) })),
                    ("provenance", .string(relevance.provenance.rawValue)),
                ])
            ),
        ])
    }

    private static func named(_ id: String, _ name: LocalizedText, _ description: LocalizedText) -> JSONValue.Kind {
        object([("id", .string(id)), ("name", text(name)), ("description", text(description))])
    }

    private static func basis(_ basis: Basis?) -> JSONValue.Kind { basis.map { .string($0.rawValue) } ?? .null }

    private static func text(_ text: LocalizedText) -> JSONValue.Kind {
        object([("nl", .string(text.nl)), ("en", .string(text.en))])
    }

    static func object(_ members: [(String, JSONValue.Kind)]) -> JSONValue.Kind {
        .object(members.map { JSONValue.Member(key: $0.0, value: JSONValue($0.1), line: 0, column: 0) })
    }
}
