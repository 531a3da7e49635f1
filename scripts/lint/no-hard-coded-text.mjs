/**
 * presso/no-hard-coded-text: on translated screens every word a person reads or hears comes from the catalogues
 * (app/i18n/messages), so a new English sentence cannot slip into a Portuguese booth. It fails on JSX text that
 * contains a letter, and on a string written into a prop that is read or announced (aria-label, title,
 * placeholder, alt, label). Numbers, punctuation and "#" stay free; a brand name may be waved through with an
 * eslint-disable comment that says so. eslint.config.mjs lists the folders it guards.
 */

const letter = /\p{L}/u;
const spokenProps = new Set(["aria-label", "title", "placeholder", "alt", "label"]);

/** The text a prop's value writes out, if it is a literal: "Menu", {"Menu"}, {`Mark ${name} sold out`}. */
function literalText(value) {
  if (!value) return null;
  if (value.type === "Literal" && typeof value.value === "string") return value.value;
  if (value.type !== "JSXExpressionContainer") return null;
  const expression = value.expression;
  if (expression.type === "Literal" && typeof expression.value === "string") return expression.value;
  if (expression.type === "TemplateLiteral") return expression.quasis.map((quasi) => quasi.value.cooked ?? "").join("");
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
const noHardCodedText = {
  meta: {
    type: "problem",
    docs: { description: "User-visible words on translated screens come from the catalogues (app/i18n/messages)." },
    schema: [],
    messages: {
      text: 'Hard-coded text "{{text}}": put it in app/i18n/messages (every catalogue) and render it with t(…).',
      prop: 'Hard-coded {{prop}} "{{text}}": put it in app/i18n/messages (every catalogue) and pass t(…).',
    },
  },
  create(context) {
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (letter.test(text)) context.report({ node, messageId: "text", data: { text: text.slice(0, 40) } });
      },
      JSXAttribute(node) {
        const prop = node.name.type === "JSXIdentifier" ? node.name.name : null;
        if (prop === null || !spokenProps.has(prop)) return;
        const text = literalText(node.value);
        if (text !== null && letter.test(text)) context.report({ node, messageId: "prop", data: { prop, text: text.slice(0, 40) } });
      },
    };
  },
};

export const pressoPlugin = { meta: { name: "presso" }, rules: { "no-hard-coded-text": noHardCodedText } };
