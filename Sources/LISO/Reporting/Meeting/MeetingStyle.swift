/// The meeting report's only style sheet, inlined: a system font stack, no external resources,
/// and print rules for A4 with each network on a page of its own (at most two pages each).
enum MeetingStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1d2433; --muted: #535b6b; --line: #d9dde5; --soft: #f5f7fa; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 900px; margin: 0 auto; padding: 24px 32px 40px; }
        section.network + section.network { margin-top: 56px; border-top: 4px solid var(--line); padding-top: 24px; }
        header { border-bottom: 4px solid var(--accent); padding-bottom: 10px; margin-bottom: 6px; }
        h1 { font-size: 26px; margin: 0 0 2px; }
        h2 { font-size: 18px; margin: 20px 0 6px; }
        p { margin: 6px 0; }
        .subtitle, .note, .why, footer { color: var(--muted); }
        .facts { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 10px 0 0; }
        .facts div { display: flex; gap: 6px; } .facts dt { font-weight: 600; } .facts dd { margin: 0; }
        .facts .phase { flex-basis: 100%; }
        .nowrap { white-space: nowrap; }
        .notice { border-left: 5px solid #b34700; background: #fff4ec; padding: 10px 16px; margin: 14px 0; }
        .notice h2 { margin-top: 4px; }
        ul, ol { margin: 6px 0; padding-left: 22px; } li { margin: 3px 0; }
        .flag { font-size: 12px; font-weight: 600; color: #8a3600; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 8px; font-size: 14px; font-variant-numeric: tabular-nums; }
        th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
        thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
        tbody th { font-weight: 500; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        thead th.num { white-space: normal; }
        .wide { overflow-x: auto; }
        td.bar { width: 190px; padding: 2px 8px; }
        td.bar svg { width: 180px; height: 22px; display: block; }
        svg .grid { stroke: #ffffff; stroke-width: 1.5; }
        svg .whisker { stroke: var(--ink); stroke-width: 1.6; fill: none; } svg .dot { stroke: #fff; stroke-width: 1.5; }
        .badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; color: #fff; white-space: nowrap; }
        .badge.strength { background: #007a5a; } .badge.attention { background: #9c5d00; } .badge.concern { background: #b34700; }
        .gap-kind { font-weight: 600; margin: 8px 0 2px; }
        .questions li { margin: 6px 0; } .questions .why { display: block; font-size: 13px; }
        table.actions td { height: 34px; } table.actions th:first-child { width: 55%; }
        .next { margin-top: 10px; }
        footer { margin-top: 18px; font-size: 12px; border-top: 1px solid var(--line); padding-top: 6px; }
        footer p { margin: 2px 0; }
        @media (min-width: 641px) { tbody th[scope=row] { min-width: 11em; } }
        @media (max-width: 640px) { main { padding: 16px; } td.bar, th.bar { display: none; } }
        @media print {
          @page { size: A4; margin: 13mm 14mm 14mm; }
          body { font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          main { max-width: none; padding: 0; }
          .wide { overflow: visible; } tbody th[scope=row] { min-width: 11em; }
          section.network { break-before: page; } section.network:first-of-type { break-before: auto; }
          section.network.figures .page-two { break-before: page; }
          section.network + section.network { margin-top: 0; border-top: 0; padding-top: 0; }
          h1 { font-size: 19pt; } h2 { font-size: 13pt; margin-top: 12pt; break-after: avoid; }
          table { font-size: 9.5pt; } .questions .why { font-size: 9pt; }
          td.bar { width: 150px; } td.bar svg { width: 140px; height: 18px; }
          table, .notice, .questions li, .block { break-inside: avoid; }
          table.actions td { height: 26pt; }
        }
        """
}
