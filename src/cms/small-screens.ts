/**
 * The admin on a phone. Decap lays the entry editor out for a desktop: the form and the preview
 * side by side, at least 800 px wide, so on a 360 px screen half of every field and the
 * "Terbitkan" menu lie off screen. Below 700 px the preview pane goes (a wider screen shows
 * it) and the editor, its toolbar and the date pickers' buttons fit the screen's width.
 * Decap's class names carry stable component labels ("…-EditorContainer"), which these rules
 * select; the sheet is adopted through the CSSOM, which the admin's CSP does not restrict.
 */
const SMALL_SCREEN_CSS = `
@media (max-width: 700px) {
  [class*="-EditorContainer"], [class*="-ToolbarContainer"] { min-width: 0 !important; }
  [class*="-ToolbarContainer"] { flex-wrap: wrap; height: auto !important; }
  [class*="-DateTimeControl"] { flex-wrap: wrap; }
  .SplitPane > .Pane1 { width: 100% !important; }
  .SplitPane > .Resizer, .SplitPane > .Pane2 { display: none !important; }
}`;

export function fitSmallScreens() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SMALL_SCREEN_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
