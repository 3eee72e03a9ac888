/// The HTML questionnaire's only script, inlined and allowed by its hash. It reads everything
/// page-specific from the form's `data-` attributes, so the script is the same for every
/// questionnaire. Without it the page is a plain form that says JavaScript is needed to save.
///
/// It shows progress, keeps the answers and a random respondent id in `localStorage` (one key
/// per instrument and network) and puts them back after a reload, and on submit downloads one
/// CSV file: the blank template's header and one row, quoted as ``CSVField`` quotes and with
/// text cells neutralised against formulas as the CSV report does. The answers stay stored
/// until the member clears them.
enum QuestionnaireFormScript {
    static let javaScript = #"""
        "use strict";
        (() => {
          const form = document.getElementById("questionnaire");
          const data = form.dataset;
          const columns = JSON.parse(data.columns);
          const questions = Array.from(form.querySelectorAll("fieldset[data-item]"));
          const progressBox = document.getElementById("progress");
          const progressText = document.getElementById("progress-text");
          const progressBar = document.getElementById("progress-bar");
          const restored = document.getElementById("restored");
          const status = document.getElementById("save-status");
          const clearButton = document.getElementById("clear");

          const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));

          const newRespondent = () => {
            const bytes = new Uint8Array(8);
            crypto.getRandomValues(bytes);
            return "liso-" + Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
          };

          const storage = (() => {
            try {
              window.localStorage.getItem(data.storageKey);
              return window.localStorage;
            } catch (error) {
              return null;
            }
          })();

          const read = () => {
            try {
              const saved = storage ? JSON.parse(storage.getItem(data.storageKey) || "null") : null;
              if (saved && typeof saved.respondent === "string" && saved.answers && typeof saved.answers === "object") {
                return saved;
              }
            } catch (error) {}
            return null;
          };

          const write = () => {
            try {
              if (storage) storage.setItem(data.storageKey, JSON.stringify(state));
            } catch (error) {}
          };

          const answers = () => {
            const result = {};
            for (const [name, value] of new FormData(form)) {
              if (typeof value === "string" && value !== "") result[name] = value;
            }
            return result;
          };

          const restore = () => {
            for (const [name, value] of Object.entries(state.answers)) {
              const control = form.elements.namedItem(name);
              if (control instanceof RadioNodeList) control.value = value;
              else if (control instanceof HTMLInputElement && control.type === "text") control.value = value;
            }
          };

          const update = () => {
            const current = new FormData(form);
            const answered = questions.filter((question) => (current.get(question.dataset.item) || "") !== "").length;
            progressText.textContent = fill(data.textProgress, { answered, total: questions.length });
            progressBar.value = answered;
            return answered;
          };

          const quoted = (text) => (/[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text);
          const cell = (text) => quoted(/^[=+\-@\t\r]/.test(text) ? "'" + text : text);

          const csv = () => {
            const current = new FormData(form);
            const row = columns.map(([, name]) => (name === "respondent" ? state.respondent : String(current.get(name) || "").trim()));
            return columns.map(([header]) => quoted(header)).join(",") + "\r\n" + row.map(cell).join(",") + "\r\n";
          };

          const slug = (text) => {
            const folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
            const result = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
            return result || data.fileNetwork;
          };

          const fileName = (network) => {
            const two = (number) => String(number).padStart(2, "0");
            const now = new Date();
            const date = now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
            const time = two(now.getHours()) + two(now.getMinutes()) + two(now.getSeconds());
            return slug(network) + "-" + data.fileWord + "-" + date + "-" + time + ".csv";
          };

          const show = (lines) => {
            status.replaceChildren(...lines.map((line) => {
              const paragraph = document.createElement("p");
              paragraph.textContent = line;
              return paragraph;
            }));
          };

          const download = (text, name) => {
            const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
            const link = document.createElement("a");
            link.href = url;
            link.download = name;
            link.hidden = true;
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 60000);
          };

          let state = read();
          const hadAnswers = state !== null && Object.keys(state.answers).length > 0;
          if (state === null) state = { respondent: newRespondent(), answers: {} };

          const remember = () => {
            state.answers = answers();
            write();
            update();
          };

          form.addEventListener("change", remember);
          form.addEventListener("input", remember);

          form.addEventListener("submit", (event) => {
            event.preventDefault();
            remember();
            if (update() === 0) {
              show([data.textNothing]);
              return;
            }
            const name = fileName(String(new FormData(form).get("network") || "").trim());
            download(csv(), name);
            const open = questions.length - update();
            const parts = [fill(data.textSaved, { file: name }), data.textSend];
            if (open === 1) parts.push(data.textOpenOne);
            if (open > 1) parts.push(fill(data.textOpenOther, { count: open }));
            parts.push(data.textKept);
            show(parts);
            clearButton.hidden = false;
          });

          clearButton.addEventListener("click", () => {
            try {
              if (storage) storage.removeItem(data.storageKey);
            } catch (error) {}
            form.reset();
            state = { respondent: newRespondent(), answers: {} };
            update();
            restored.hidden = true;
            clearButton.hidden = true;
            show([data.textCleared]);
            status.focus();
          });

          restore();
          update();
          progressBox.hidden = false;
          if (hadAnswers) {
            restored.textContent = data.textRestored;
            restored.hidden = false;
          }
        })();
        """#
}
