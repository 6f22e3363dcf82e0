"use strict";
// Every value from the server is put into the page with textContent, never as HTML.
const results = document.getElementById("results");
const statusLine = document.getElementById("status");

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function termText(term) {
  if (!term) return "";
  if (term.type === "uri") return "<" + term.value + ">";
  if (term.type === "bnode") return "_:" + term.value;
  if (term["xml:lang"]) return '"' + term.value + '"@' + term["xml:lang"];
  return term.value;
}

function showTable(data) {
  if ("boolean" in data) { results.appendChild(cell("pre", String(data.boolean))); return; }
  const table = document.createElement("table");
  const header = document.createElement("tr");
  data.head.vars.forEach(name => header.appendChild(cell("th", name)));
  table.appendChild(header);
  data.results.bindings.forEach(row => {
    const line = document.createElement("tr");
    data.head.vars.forEach(name => line.appendChild(cell("td", termText(row[name]))));
    table.appendChild(line);
  });
  results.appendChild(table);
  const count = data.results.bindings.length;
  statusLine.textContent = count + (count === 1 ? " row" : " rows");
}

document.getElementById("query-form").addEventListener("submit", async event => {
  event.preventDefault();
  results.replaceChildren();
  statusLine.textContent = "running...";
  const accept = document.getElementById("accept").value;
  const body = new URLSearchParams({query: document.getElementById("query").value});
  try {
    const response = await fetch("sparql", {method: "POST", body, headers: {"Accept": accept}});
    const text = await response.text();
    statusLine.textContent = response.status + " " + response.statusText;
    if (!response.ok) { results.appendChild(cell("pre", text)).className = "error"; return; }
    if (response.headers.get("content-type").startsWith("application/sparql-results+json")) {
      showTable(JSON.parse(text));
    } else {
      results.appendChild(cell("pre", text));
    }
  } catch (error) {
    statusLine.textContent = "";
    results.appendChild(cell("pre", String(error))).className = "error";
  }
});
