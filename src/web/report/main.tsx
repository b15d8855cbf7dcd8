// First: schemas built by later imports must see zod's jitless setting (no eval under CSP).
import "../no-eval.js";
import { createRoot } from "react-dom/client";
import type { ReportData } from "../../server/report-data.js";
import { store } from "../store.js";
import { Report, SLIDER_METHODS } from "./Report.js";
import "../styles.css";
import "./report.css";

/**
 * A report file: the workspace data `bearing report` inlined as JSON (never executed), shown
 * with the workbench's own store and views, no server. A reader's weight changes stay here.
 */
const source = document.getElementById("bearing-data");
const root = document.getElementById("root");
if (source && root) {
  const data = JSON.parse(source.textContent ?? "null") as ReportData;
  document.title =
    data.kind === "shared" ? "Decision report (shared)" : "Decision report (your own copy)";
  store.loadLocal(data.view);
  // A reader weighs with sliders: methods without them (rank order, AHP) switch to direct weights
  // drawn from the current ones, on this page only.
  const method = data.view.profile?.weighting.method;
  if (data.kind === "shared" && method && !SLIDER_METHODS.includes(method))
    void store.setWeightingMethod("direct");
  createRoot(root).render(<Report data={data} />);
} else if (root) {
  root.textContent = "This report holds no data: write it with `bearing report`.";
}
