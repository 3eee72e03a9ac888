extension ReportStrings {
    /// The English texts.
    package static let english = ReportStrings(
        title: "Evaluation of learning networks", subtitle: "Report by the core elements of LISO",
        summary: "Summary", whoAnswered: "Who answered", elements: "Core elements",
        comparisons: "Groups side by side", divergence: "Where views differ",
        trekkersAndMembers: "Network leads and members", recommendations: "Questions for the next meeting",
        waves: "Change between waves", dataQuality: "Data quality", method: "Method",
        element: "Core element", mean: "Mean", ci95: "95% CI", score100: "Score 0–100", band: "Band",
        n: "n", sd: "SD", alpha: "Alpha", rwg: "rwg", item: "Statement", group: "Group",
        respondents: "Respondents", itemRest: "Item–rest", alphaIfDeleted: "Alpha if deleted",
        statements: "Statements", reverseKeyed: "reverse-scored", figure: "Figure", value: "Value", yes: "yes",
        no: "no", allRespondents: "All respondents", strongest: "Strongest elements", weakest: "Weakest elements",
        phase: "Phase", unknown: "unknown", rowsRead: "Rows read", rowsRejected: "Rows not scored",
        network: "Network", perspective: "Perspective", role: "Role", wave: "Wave", strength: "strength",
        attention: "needs attention", concern: "concern", dontKnow: "Don’t know", unanswered: "Unanswered",
        invalid: "Invalid",
        scaleLabels: ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
        suppressionRule:
            "Groups with fewer than {n} respondents show their count only; no figure of such a group appears anywhere in this report.",
        suppressedCell: "hidden (n = {n})",
        complementary: "hidden so that a small group cannot be worked out by subtraction",
        overallSuppressed: "There are too few respondents to show any figure.",
        elementsIntro:
            "Per core element: the mean on the 1–5 scale with its 95% confidence interval, the score on 0–100, the band and the number of respondents (n). Strength from {strength}, needs attention from {attention}, concern below that.",
        question: "How do we make sure this holds in our network: ‘{statement}’?",
        fallbackQuestion: "What would it take to strengthen ‘{element}’ in our network?",
        recommendationsIntro:
            "For every element that needs attention or is a concern: the working elements that matter most in the network’s phase, as questions to discuss together. Weakest element first.",
        noRecommendations: "No element needs attention now.",
        divergenceIntro: "A difference of {threshold} or more between the highest and the lowest group is flagged (⚑).",
        perspectivesKind: "Perspectives", trekkersKind: "Leads minus members", difference: "Difference",
        highest: "Highest", lowest: "Lowest", flagged: "Flagged", noDivergence: "No differences computed.",
        per: "By {dimension}",
        wavesIntro:
            "Change per element from ‘{before}’ to ‘{after}’, with the 95% confidence interval of the difference (Welch).",
        before: "Before", after: "After", change: "Change", hedgesG: "Hedges’ g", likelyReal: "Likely real",
        files: "Files", file: "File", layout: "Layout", encoding: "Encoding", cells: "Cells",
        straightliners: "Same answer throughout (from {n} statements)", duplicateIds: "Duplicate respondent ids",
        multiSelect: "More than one choice for {dimension}", diagnostics: "Diagnostics", severity: "Severity",
        kind: "Kind", count: "Count", noDiagnostics: "No diagnostics.", note: "note", warning: "warning",
        error: "error", instrument: "Instrument", framework: "Framework", tool: "Tool",
        provenance:
            "Items derived from LISO working elements by this project; the LISO publications contain no questionnaire of their own.",
        methodText:
            "A respondent has a score on an element when they answered at least {fraction} of its statements; the score is the mean of those answers (negatively worded statements reversed). Per group: mean, standard deviation and 95% confidence interval by Student’s t; score 0–100 = (mean − minimum) / (maximum − minimum) × 100; Cronbach’s alpha on respondents who answered every statement of the element. ‘Don’t know’ never counts as a score.",
        minimumAnsweredFraction: "Minimum answered share per element", minimumGroupSize: "Minimum group size",
        divergenceThreshold: "Threshold for a difference", strengthThreshold: "Strength from",
        attentionThreshold: "Needs attention from", straightlinerMinimumItems: "Statements for the same-answer check",
        madeWith: "Made with {tool} {version}", tooFewRespondents: "too few complete answers",
        tooFewItems: "too few statements", zeroVariance: "no variance",
        lollipopCaption: "Mean per core element with 95% confidence interval (scale 1–5)",
        comparisonCaption: "Mean per core element, by {dimension}",
        distributionCaption: "Answers per statement of ‘{element}’",
        waveCaption: "Change per core element with 95% confidence interval",
        changeScale: "difference on the 1–5 scale", changeLegend: "filled dot: the interval excludes zero",
        networks: "Networks", strongestOne: "Strongest: {element}", weakestOne: "Weakest: {element}",
        itemCount: "{n} statements", hidden: "hidden")
}
