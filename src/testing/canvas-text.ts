/**
 * What a canvas chart actually wrote, for end-to-end tests: echarts draws its labels on a
 * canvas, where the DOM cannot see them, so a script installed before the page loads records
 * every `fillText` call (the text as drawn, after echarts truncated or wrapped it) with its
 * box, and starts a canvas's list afresh whenever the canvas is cleared from its origin (a
 * new frame: zrender's `Layer.clear`), so the list is always the last frame's text.
 */
import type { Locator, Page } from "playwright-core";

/** One `fillText` call: the text and its ink box, in CSS px from the canvas' top left. */
export interface DrawnText {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A canvas' size in CSS px and the text of its last frame, in drawing order. */
export interface CanvasText {
  width: number;
  height: number;
  texts: DrawnText[];
}

declare global {
  interface Window {
    __canvasText?: (canvas: HTMLCanvasElement) => CanvasText;
  }
}

/**
 * Runs in the page (pass it to `page.addInitScript` before `goto`): wraps
 * `CanvasRenderingContext2D`'s `fillText` and `clearRect`. The box is the text's measured ink
 * (`measureText`'s actual bounding box, which follows the context's alignment and baseline)
 * through the context's transform, scaled from canvas pixels to CSS px.
 */
export function recordCanvasText(): void {
  const frames = new WeakMap<HTMLCanvasElement, DrawnText[]>();
  const proto = CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  const clearRect = proto.clearRect;
  proto.clearRect = function (this: CanvasRenderingContext2D, x, y, w, h) {
    if (x <= 0 && y <= 0) frames.set(this.canvas, []);
    clearRect.call(this, x, y, w, h);
  };
  proto.fillText = function (this: CanvasRenderingContext2D, text, x, y, maxWidth) {
    const m = this.measureText(text);
    const t = this.getTransform();
    const scale = this.canvas.clientWidth > 0 ? this.canvas.clientWidth / this.canvas.width : 1;
    const xs = [x - m.actualBoundingBoxLeft, x + m.actualBoundingBoxRight];
    const ys = [y - m.actualBoundingBoxAscent, y + m.actualBoundingBoxDescent];
    const points = xs.flatMap((px) =>
      ys.map((py) => [(t.a * px + t.c * py + t.e) * scale, (t.b * px + t.d * py + t.f) * scale]),
    );
    const list = frames.get(this.canvas) ?? [];
    frames.set(this.canvas, list);
    list.push({
      text,
      left: Math.min(...points.map((p) => p[0] ?? 0)),
      right: Math.max(...points.map((p) => p[0] ?? 0)),
      top: Math.min(...points.map((p) => p[1] ?? 0)),
      bottom: Math.max(...points.map((p) => p[1] ?? 0)),
    });
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
  window.__canvasText = (canvas) => ({
    width: canvas.clientWidth,
    height: canvas.clientHeight,
    texts: frames.get(canvas) ?? [],
  });
}

/** Installs {@link recordCanvasText} in `page` for every document it loads from now on. */
export async function recordCanvasTextIn(page: Page): Promise<void> {
  await page.addInitScript(recordCanvasText);
}

/** The last frame's text of the chart `chart` (an element holding one echarts canvas). */
export function chartText(chart: Locator): Promise<CanvasText> {
  return chart
    .locator("canvas")
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      if (!window.__canvasText) throw new Error("recordCanvasText is not installed in this page");
      return window.__canvasText(canvas);
    });
}

/**
 * What keeps a chart's text from reading, as sentences (empty when it all reads): a name of
 * `names` not drawn whole (its lines, wrapped at spaces, are joined back with spaces), text
 * cut short with an ellipsis, text outside the canvas (clipped), and two texts on top of each
 * other. Tolerances of 1 px absorb anti-aliasing.
 */
export function unreadable(drawn: CanvasText, names: readonly string[]): string[] {
  const problems: string[] = [];
  const joined = ` ${drawn.texts.map((t) => t.text).join(" ")} `.replace(/\s+/g, " ");
  for (const name of names) {
    if (!joined.includes(` ${name.replace(/\s+/g, " ")} `))
      problems.push(`"${name}" not drawn whole`);
  }
  for (const t of drawn.texts) {
    if (/(\.\.\.|…)$/.test(t.text)) problems.push(`"${t.text}" cut short`);
    if (t.left < -1 || t.top < -1 || t.right > drawn.width + 1 || t.bottom > drawn.height + 1)
      problems.push(
        `"${t.text}" outside the ${drawn.width}×${drawn.height} chart (${t.left.toFixed(0)}–${t.right.toFixed(0)}, ${t.top.toFixed(0)}–${t.bottom.toFixed(0)})`,
      );
  }
  drawn.texts.forEach((a, i) => {
    for (const b of drawn.texts.slice(i + 1)) {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > 1 && down > 1) problems.push(`"${a.text}" and "${b.text}" overlap`);
    }
  });
  return problems;
}
