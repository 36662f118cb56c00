/** Stylesheet for the HTML summary; served by the server at `/summary.css` (see html.ts). */
export const summaryCss = `:root {
  color-scheme: light;
  --text: #1a1a1a;
  --muted: #555;
  --rule: #c8c8c8;
  --accent: #1f4e79;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0;
  color: var(--text);
  background: #fff;
  font-family: "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.5;
  /* A 300-letter word wraps instead of widening the page (a phone screen most of all). */
  overflow-wrap: anywhere;
}
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4 { color: var(--accent); line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9rem; margin-top: 0; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2em; }
h3 { font-size: 1.2rem; }
h4 { font-size: 1.05rem; color: var(--text); }
p { margin: 0 0 0.8em; }
.meta { color: var(--muted); }
p.meta { margin-bottom: 0.2em; }
.list-label { font-weight: bold; margin: 0.8em 0 0.3em; }
ul { margin: 0 0 1em; padding-left: 1.5em; }
li { margin: 0.2em 0; }
li .meta { font-size: 0.9em; }
ul.rich, ol.rich { margin: 0 0 0.8em; }
.rich li > p { margin: 0; }
.rich .rich { margin: 0.1em 0 0.2em; }
/* A table wider than a phone scrolls inside its own box: the page itself never gets wider than the screen. */
.table-scroll { max-width: 100%; overflow-x: auto; margin: 0.5em 0 1.5em; }
.table-scroll table { margin: 0; }
/* Table words wrap at spaces only ("Sisäkehä keskustelee", never "keskustel-ee"): a wider table scrolls in its box. */
.table-scroll th, .table-scroll td { overflow-wrap: normal; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; }
@media (max-width: 30rem) {
  main { padding-left: 0.75rem; padding-right: 0.75rem; }
  th, td { padding: 0.3em 0.35em; }
}
/* The h3 just above names the table visibly; the caption names it for screen readers. */
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--text); }
tbody th { font-weight: normal; }
.doc-footer { margin-top: 3em; border-top: 1px solid var(--rule); padding-top: 0.8em; color: var(--muted); font-size: 0.9em; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
@media print {
  @page { size: A4; margin: 20mm 18mm 22mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  h2 { break-before: auto; }
  li, tr, .list-label { break-inside: avoid; page-break-inside: avoid; }
  .list-label { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  p { orphans: 3; widows: 3; }
}
`;
