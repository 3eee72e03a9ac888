/// The HTML questionnaire's only style sheet, inlined and allowed by its hash: a system font,
/// answers as large touch targets (at least 44 px high) stacked on a phone and side by side from
/// 720 px, a visible focus ring, colours from ``QuestionnaireFormColors``, and print rules that
/// give a paper form.
enum QuestionnaireFormStyle {
    typealias Colors = QuestionnaireFormColors

    static let css = """
        :root { color-scheme: light; --ink: \(Colors.ink); --muted: \(Colors.muted); --page: \(Colors.page); --soft: \(Colors.soft); --selected: \(Colors.selected); --accent: \(Colors.accent); --option-border: \(Colors.optionBorder); --focus: \(Colors.focus); }
        * { box-sizing: border-box; }
        html { scroll-padding-top: 72px; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--page); }
        main { max-width: 880px; margin: 0 auto; padding: 16px 16px 48px; }
        h1 { font-size: 26px; line-height: 1.25; margin: 8px 0 4px; }
        h2 { font-size: 21px; line-height: 1.3; margin: 0; }
        p { margin: 10px 0; max-width: 70ch; }
        .network { font-size: 19px; margin: 0 0 16px; }
        .box { background: var(--soft); border-radius: 10px; padding: 4px 16px; margin: 16px 0; }
        .box h2 { font-size: 18px; margin-top: 12px; }
        .note, .hint { color: var(--muted); font-size: 15px; }
        .notice { border-left: 5px solid var(--accent); background: var(--selected); padding: 10px 14px; }
        .progress { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; gap: 12px; padding: 10px max(16px, calc((100% - 880px) / 2 + 32px)); background: var(--page); border-bottom: 1px solid var(--option-border); }
        .progress[hidden], [hidden] { display: none; }
        #progress-text { font-weight: 600; white-space: nowrap; }
        progress { flex: 1; height: 12px; accent-color: var(--accent); }
        fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
        legend { padding: 0; }
        section.part, fieldset.element { margin: 40px 0 0; }
        section.part > h2, fieldset.element > legend { display: block; width: 100%; border-top: 4px solid var(--accent); padding-top: 12px; }
        fieldset.question { margin: 24px 0 0; }
        fieldset.question > legend, .field > label { display: block; font-weight: 600; margin-bottom: 10px; }
        .number { display: inline-block; min-width: 2ch; color: var(--muted); font-weight: 600; }
        .options { display: grid; gap: 8px; }
        .options label { display: flex; align-items: center; gap: 12px; min-height: 48px; padding: 10px 14px; border: 1px solid var(--option-border); border-radius: 8px; background: var(--page); cursor: pointer; }
        .options label .name { display: block; }
        .options label .hint { display: block; font-size: 14px; }
        .scale label.dont-know { margin-top: 8px; }
        .options input { flex: none; width: 22px; height: 22px; margin: 0; accent-color: var(--accent); }
        .options label:has(input:checked) { background: var(--selected); border-color: var(--accent); box-shadow: inset 0 0 0 1px var(--accent); font-weight: 600; }
        .options label:has(input:focus-visible) { outline: 3px solid var(--focus); outline-offset: 2px; }
        input:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .field input[type=text] { width: 100%; max-width: 32em; min-height: 48px; padding: 8px 12px; font: inherit; color: var(--ink); background: var(--page); border: 1px solid var(--option-border); border-radius: 8px; }
        .field { margin: 24px 0 0; }
        .field .hint { margin: -6px 0 8px; }
        .save { background: var(--soft); border-radius: 10px; padding: 8px 16px 16px; margin-top: 40px; }
        .save h2 { margin-top: 8px; }
        .actions { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 8px; }
        .actions:not(:has(button:not([hidden]))) { display: none; }
        button { font: inherit; font-weight: 600; min-height: 48px; min-width: 44px; padding: 10px 28px; border-radius: 8px; cursor: pointer; }
        button.primary { color: var(--page); background: var(--accent); border: 2px solid var(--accent); }
        button.secondary { color: var(--accent); background: var(--page); border: 2px solid var(--accent); }
        #save-status:empty { display: none; }
        #save-status { border-left: 5px solid var(--accent); background: var(--page); padding: 2px 14px; margin: 12px 0; }
        #save-status p { margin: 8px 0; }
        #save-status p:first-child { font-weight: 600; overflow-wrap: anywhere; }
        footer { margin-top: 32px; }
        @media (min-width: 720px) {
          main { padding: 24px 32px 64px; }
          h1 { font-size: 30px; }
          .scale { grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 6px; }
          .scale label { flex-direction: column; justify-content: flex-start; gap: 6px; padding: 10px 6px; text-align: center; font-size: 15px; line-height: 1.3; }
          .scale label.dont-know { margin: 0 0 0 10px; }
          .choices { grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); }
        }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          .progress, .save, .notice, noscript { display: none; }
          section.part, fieldset.element { margin-top: 16px; }
          section.part > h2, fieldset.element > legend { break-after: avoid; }
          fieldset.question, .field, .options label { break-inside: avoid; }
          fieldset.question { margin-top: 10px; }
          .options { gap: 2px 6px; }
          .options label { min-height: 0; padding: 2px 6px; border-color: var(--muted); }
          .scale { grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); }
          .scale label { flex-direction: column; gap: 2px; text-align: center; font-size: 9pt; }
          .choices { grid-template-columns: repeat(3, minmax(0, 1fr)); }
          .options input { width: 14px; height: 14px; }
        }
        """
}
