"""Plain text of HTML fragments (feed summaries and contents)."""

from __future__ import annotations

import lxml.html
from lxml import etree

_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "figure", "figcaption", "hr",
})
_DROPPED = frozenset({"script", "style", "noscript", "template"})
# C0 controls other than tab and line breaks: not allowed in XML text, and lxml refuses
# to set a text node containing them.
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per block, whitespace tidied."""
    fragment = fragment.translate(_CONTROLS)
    if "<" not in fragment and "&" not in fragment:
        return "\n".join(" ".join(line.split()) for line in fragment.splitlines() if line.strip())
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(fragment.split())
    for element in list(root.iter()):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _DROPPED:
            element.drop_tree()
        elif tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if tag != "br":
                element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
