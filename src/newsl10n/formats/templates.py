"""Template, shortcode and component syntax inside an article's text: never prose, never to be escaped.

A static-site or blog CMS runs its template language over an article before (or while) rendering it, so an
article's source holds stretches that belong to the site, not to the writer:

- Liquid (Jekyll), Nunjucks (Eleventy) and Jinja: tags ``{% … %}``, output ``{{ … }}``, comments ``{# … #}``;
- Hugo shortcodes: ``{{< name args >}}``, ``{{< /name >}}``, ``{{% … %}}``;
- kramdown inline attribute lists: ``{: .notice--warning}``, ``{:.class}``;
- MDX (Docusaurus): ``import … from '…'`` and ``export …`` lines, JSX comments ``{/* … */}``, string
  expressions ``{'\\n'}``, and admonition fences (``:::note``, ``:::tip Title``, ``:::``) of Docusaurus and
  other Markdown dialects;
- emoji shortcodes as GitHub, Slack and Jekyll's jemoji write them: ``:tada:``;
- WordPress shortcodes: ``[caption id="x"]…[/caption]``, ``[embed]…[/embed]``, ``[gallery ids="1,2"]``.

Translated, or escaped as prose, any of them breaks the page: a renamed shortcode, ``{{\\<`` for ``{{<``.
:func:`template_spans` finds them so that a reader keeps each as it is (a standalone code, or a whole block
left untranslated). A stretch never runs over a blank line: an unclosed ``{{`` takes no paragraph with it.
"""

from __future__ import annotations

import re

_NO_BLANK = r"(?:(?!\n[ \t]*\n).)"  # any character, except the start of a blank line
_TEMPLATE_RE = re.compile(
    "|".join(
        (
            rf"\{{\{{<{_NO_BLANK}*?>\}}\}}",  # Hugo shortcode {{< … >}}
            rf"\{{\{{%{_NO_BLANK}*?%\}}\}}",  # Hugo shortcode {{% … %}}
            rf"\{{%{_NO_BLANK}*?%\}}",  # Liquid, Nunjucks, Jinja tag
            rf"\{{\{{{_NO_BLANK}*?\}}\}}",  # their output {{ … }}
            rf"\{{#{_NO_BLANK}*?#\}}",  # their comment
            rf"\{{/\*{_NO_BLANK}*?\*/\}}",  # JSX comment
            r"\{:[^{}\n]*\}",  # kramdown inline attribute list
            r"""\{(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\}""",  # JSX string expression {'\n'}
            r"^[ \t]*:::[^\n]*$",  # admonition fence line
            r"^import[ \t]+(?:[^\n]*[ \t]from[ \t]*)?['\"][^'\"\n]+['\"];?[ \t]*$",  # MDX import line
            r"^export[ \t]+(?:default|const|let|function|class|\{)[^\n]*$",  # MDX export line
            r"(?<![\w:/]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:(?![\w/:])",  # emoji shortcode :tada:
            r"\[/?[a-z][a-z0-9_-]*(?:[ \t][^\[\]\n]*)?/?\](?![(\[:])",  # WordPress shortcode (checked below)
        )
    ),
    re.MULTILINE | re.DOTALL,
)
_WORDPRESS_RE = re.compile(r"\[(/?)([a-z][a-z0-9_-]*)([^\]]*)\]")


def template_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` stretches of template or shortcode syntax in ``text``, in order, not overlapping."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (match := _TEMPLATE_RE.search(text, position)) is not None:
        if match.group().startswith("[") and not _is_wordpress_shortcode(match.group(), text):
            position = match.start() + 1
            continue
        spans.append(match.span())
        position = max(match.end(), match.start() + 1)
    return spans


def wordpress_shortcodes(text: str, context: str | None = None) -> list[tuple[int, int]]:
    """The stretches of WordPress shortcodes only: what a CMS's HTML (a post's content, a feed's body) holds of
    all the systems above, where the others' syntax is rendered away before the page is. A shortcode's other
    half is looked for in ``context`` (the whole document: an image's tag may stand between the two)."""
    if "[" not in text:
        return []
    return [
        match.span()
        for match in _WORDPRESS_RE.finditer(text)
        if "\n" not in match.group() and _is_wordpress_shortcode(match.group(), context or text)
    ]


def _is_wordpress_shortcode(candidate: str, text: str) -> bool:
    """``[name attr="…"]``, or ``[name]`` / ``[/name]`` with its other half in ``text``; not ``[a word]``."""
    match = _WORDPRESS_RE.fullmatch(candidate)
    if match is None:
        return False
    closing, name, attributes = match.groups()
    if closing:
        return f"[{name}" in text
    return "=" in attributes or f"[/{name}]" in text
