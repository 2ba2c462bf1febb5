// The bsa server's upload page: plain JavaScript, no build step. It talks to /api/v1 with the
// API key from the field (kept in this tab's sessionStorage only).
"use strict";
(function () {
  const $ = (s) => document.querySelector(s);
  let apiKey = sessionStorage.getItem("bsa.apiKey") || "";
  $("#api-key").value = apiKey;

  function headers() {
    return { "X-API-Key": apiKey };
  }

  function showError(text) {
    $("#error").textContent = text || "";
  }

  async function problemText(response) {
    try {
      const p = await response.json();
      return (p.code ? p.code + ": " : "") + (p.detail || p.title || response.status);
    } catch (e) {
      return "HTTP " + response.status;
    }
  }

  function cell(row, text, cls) {
    const td = document.createElement("td");
    td.textContent = text == null ? "" : String(text);
    if (cls) td.className = cls;
    row.appendChild(td);
    return td;
  }

  $("#save-key").addEventListener("click", async () => {
    apiKey = $("#api-key").value.trim();
    sessionStorage.setItem("bsa.apiKey", apiKey);
    const r = await fetch("/api/v1/statements?size=1", { headers: headers() });
    $("#key-state").textContent = r.ok ? "Key accepted" : "Key refused (" + r.status + ")";
    if (r.ok) refreshStatements();
  });

  async function upload(files) {
    showError("");
    if (!files.length) return;
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    const r = await fetch("/api/v1/statements", { method: "POST", headers: headers(), body: form });
    if (r.status !== 202) {
      showError("Upload refused: " + (await problemText(r)));
      return;
    }
    const accepted = await r.json();
    accepted.jobs.forEach((job, i) => watch(job, files[job.index] ? files[job.index].name : "file " + (i + 1)));
  }

  function watch(job, name) {
    const row = document.createElement("tr");
    cell(row, name);
    cell(row, job.format);
    const state = cell(row, "QUEUED", "QUEUED");
    const result = cell(row, "");
    $("#jobs tbody").prepend(row);
    const poll = async () => {
      const r = await fetch(job.location, { headers: headers() });
      if (!r.ok) { state.textContent = "HTTP " + r.status; return; }
      const j = await r.json();
      state.textContent = j.state;
      state.className = j.state;
      if (j.state === "SUCCEEDED") {
        result.textContent = (j.duplicate ? "already imported: " : "stored: ") + j.statementIds.length + " statement(s)";
        refreshStatements();
      } else if (j.state === "FAILED" || j.state === "CANCELLED") {
        const p = j.problem || {};
        result.textContent = (p.code || "") + " " + (p.detail || "");
      } else {
        setTimeout(poll, 400);
      }
    };
    setTimeout(poll, 200);
  }

  async function refreshStatements() {
    const r = await fetch("/api/v1/statements?size=100", { headers: headers() });
    if (!r.ok) { showError("Cannot list statements: " + (await problemText(r))); return; }
    const page = await r.json();
    const body = $("#statements tbody");
    body.textContent = "";
    for (const s of page.items) {
      const row = document.createElement("tr");
      cell(row, s.importedAt.replace("T", " ").substring(0, 19));
      cell(row, s.format);
      cell(row, s.account);
      cell(row, (s.from || "?") + " \u2013 " + (s.to || "?"));
      cell(row, s.transactionCount);
      cell(row, s.balanceCheck.status, s.balanceCheck.status).title = s.balanceCheck.reason;
      const del = document.createElement("button");
      del.textContent = "Delete";
      del.addEventListener("click", async () => {
        await fetch("/api/v1/statements/" + encodeURIComponent(s.id), { method: "DELETE", headers: headers() });
        refreshStatements();
      });
      row.appendChild(document.createElement("td")).appendChild(del);
      body.appendChild(row);
    }
  }

  $("#show-report").addEventListener("click", async () => {
    const r = await fetch("/api/v1/analysis/report", { headers: headers() });
    if (!r.ok) { showError("No report: " + (await problemText(r))); return; }
    // sandboxed iframe without scripts: the report is shown, nothing in it can run
    $("#report").srcdoc = await r.text();
  });

  $("#refresh").addEventListener("click", refreshStatements);
  $("#file-input").addEventListener("change", (e) => upload(Array.from(e.target.files)));
  const drop = $("#drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    upload(Array.from(e.dataTransfer.files));
  });
  if (apiKey) refreshStatements();
})();
