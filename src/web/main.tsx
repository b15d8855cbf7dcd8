// First: schemas built by later imports must see zod's jitless setting (no eval under CSP).
import "./no-eval.js";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { store } from "./store.js";
import "./styles.css";

const root = document.getElementById("root");
if (root) createRoot(root).render(<App />);
void store.reload();
store.listen();
