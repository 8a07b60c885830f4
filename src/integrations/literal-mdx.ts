/**
 * Content files are text written by editors, never code. MDX would run `{expressions}` and
 * `import`/`export` at build time and turn `<tags>` into live elements (`<script>`,
 * `<img onerror>`); this Sätteri mdast plugin turns all of them back into the literal text
 * that was typed, and drops the address of links, images and link definitions that could run
 * script or smuggle content (javascript:, data:, vbscript:), so they reach neither the page nor
 * the search index. The CMS already escapes on save; this also covers files edited by hand.
 */
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';

const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The exact source text of a node, as the editor typed it. */
function sourceOf(node: Positioned, ctx: MdastVisitorContext): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : ctx.source.slice(start, end);
}

const asParagraph = (node: Positioned, ctx: MdastVisitorContext) =>
  ctx.replaceNode(node as never, { type: 'paragraph', children: [{ type: 'text', value: sourceOf(node, ctx) }] });
const asText = (node: Positioned, ctx: MdastVisitorContext) =>
  ctx.replaceNode(node as never, { type: 'text', value: sourceOf(node, ctx) });

export const literalMdx: MdastPluginDefinition = {
  name: 'portal-mpp:literal-mdx',
  options: { position: true },
  mdxjsEsm: asParagraph,
  mdxFlowExpression: asParagraph,
  mdxJsxFlowElement: asParagraph,
  mdxTextExpression: asText,
  mdxJsxTextElement: asText,
  link(node, ctx) {
    // Keep the words, lose the address.
    if (UNSAFE_URL.test(node.url)) ctx.replaceNode(node, { type: 'emphasis', children: node.children });
  },
  image(node, ctx) {
    // Keep the description, lose the picture.
    if (UNSAFE_URL.test(node.url))
      ctx.replaceNode(node, { type: 'emphasis', children: [{ type: 'text', value: node.alt ?? '' }] });
  },
  definition(node, ctx) {
    // `[x]: javascript:…` would give every `[x]` and `![x]` that address.
    if (UNSAFE_URL.test(node.url)) ctx.replaceNode(node, { type: 'paragraph', children: [] });
  },
};
