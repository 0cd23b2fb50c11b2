"""The format strings msgfmt -c checks: ``c-format``, ``python-format`` and ``python-brace-format``.

A format string is read into the arguments it consumes (their order and types, or their names).
A translation must not consume arguments its msgid does not provide, nor of other types; under
*strict* checking it must also consume all of them. The rules follow gettext's format-c.c,
format-python.c and format-python-brace.c; other languages' formats are not checked here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class InvalidFormat(ValueError):
    """Not a valid format string of its language."""


@dataclass
class FormatSpec:
    """The arguments a format string consumes: by position (``unnamed``) or by name (``named``)."""

    unnamed: list[str] = field(default_factory=list)
    named: dict[str, str] = field(default_factory=dict)


# -- C ------------------------------------------------------------------------------------------------

_C_DIRECTIVE = re.compile(
    r"""%
    (?:(?P<number>[0-9]+)\$)?
    (?P<flags>[-+ #0'I]*)
    (?:\*(?:(?P<width_number>[0-9]+)\$)?|[0-9]+)?
    (?:\.(?:\*(?:(?P<precision_number>[0-9]+)\$)?|[0-9]+)?)?
    (?:<PRI(?P<pri>[diouxX])(?P<pri_size>(?:LEAST|FAST)?(?:8|16|32|64)|MAX|PTR)>
      |(?P<size>(?:hh|h|ll|l|L|q|j|z|Z|t)*)(?P<conversion>.?))
    """,
    re.VERBOSE | re.DOTALL,
)
_C_SIZE = {"h": "short", "hh": "char", "l": "long", "ll": "longlong", "L": "longlong", "q": "longlong"}
_C_SIZE.update({"j": "intmax", "z": "size", "Z": "size", "t": "ptrdiff"})
_C_SIZE_TOKEN = re.compile(r"hh|ll|[hlLqjzZt]")


def _c_size(text: str) -> str:
    size = ""
    for token in _C_SIZE_TOKEN.findall(text):
        if token == "h" and size in ("short", "char"):
            size = "char"
        elif token == "l" and size in ("long", "longlong"):
            size = "longlong"
        else:
            size = _C_SIZE[token]
    return size


def _c_type(conversion: str, size: str) -> str | None:
    if len(conversion) != 1:
        raise InvalidFormat("unterminated directive")
    wide = size in ("long", "longlong")
    if conversion in "%m":
        return None
    if conversion == "c":
        return "wchar" if wide else "char"
    if conversion == "C":
        return "wchar"
    if conversion == "s":
        return "wstring" if wide else "string"
    if conversion == "S":
        return "wstring"
    if conversion in "di":
        return f"int:{size}"
    if conversion in "ouxX":
        return f"uint:{size}"
    if conversion in "eEfFgGaA":
        return "double:long" if size == "longlong" else "double"
    if conversion == "p":
        return "pointer"
    if conversion == "n":
        return f"count:{size}"
    raise InvalidFormat(
        f"'{conversion}' is not a valid conversion" if conversion else "unterminated directive"
    )


def parse_c(text: str, translated: bool) -> FormatSpec:
    """The arguments of a C ``printf`` format; the ``I`` flag is allowed in translations only."""
    unnumbered: list[str] = []
    numbered: list[tuple[int, str]] = []
    position = text.find("%")
    while position >= 0:
        match = _C_DIRECTIVE.match(text, position)
        assert match is not None
        if "I" in match.group("flags") and not translated:
            raise InvalidFormat("the I flag is for translations only")
        consumed: list[tuple[int | None, str]] = []
        for star in ("width_number", "precision_number"):
            if match.group(star):
                consumed.append((int(match.group(star)), "int:"))
        star_count = _stars(match.group(0)) - sum(
            1 for star in ("width_number", "precision_number") if match.group(star)
        )
        consumed = [(None, "int:")] * star_count + consumed
        if match.group("pri"):
            kind = "int" if match.group("pri") in "di" else "uint"
            argument = f"{kind}:{match.group('pri_size').lower()}"
        else:
            argument = _c_type(match.group("conversion"), _c_size(match.group("size")))
        number = match.group("number")
        if argument is not None:
            consumed.append((int(number) if number else None, argument))
        for index, argument_type in consumed:
            if index == 0:
                raise InvalidFormat("argument number 0")
            if index is None:
                unnumbered.append(argument_type)
            else:
                numbered.append((index, argument_type))
            if unnumbered and numbered:
                raise InvalidFormat("numbered and unnumbered arguments are mixed")
        position = text.find("%", match.end())
    if not numbered:
        return FormatSpec(unnamed=unnumbered)
    by_number: dict[int, str] = {}
    for index, argument_type in numbered:
        if by_number.setdefault(index, argument_type) != argument_type:
            raise InvalidFormat(f"argument {index} is used with different types")
    if sorted(by_number) != list(range(1, len(by_number) + 1)):
        raise InvalidFormat("a numbered argument is skipped")
    return FormatSpec(unnamed=[by_number[index] for index in sorted(by_number)])


def _stars(directive: str) -> int:
    return directive.count("*")


# -- Python % ------------------------------------------------------------------------------------------

_PY_DIRECTIVE = re.compile(
    r"%(?:\((?P<name>[^()]*(?:\([^()]*\)[^()]*)*)\))?[-+ #0]*(?P<width>\*|[0-9]+)?(?:\.(?P<precision>\*|[0-9]+))?[hlL]?(?P<conversion>.?)",
    re.DOTALL,
)
_PY_TYPES = {"c": "char", "s": "string", "r": "string"}
_PY_TYPES.update(dict.fromkeys("diuoxX", "int"))
_PY_TYPES.update(dict.fromkeys("eEfgG", "float"))


def parse_python(text: str, translated: bool) -> FormatSpec:
    spec = FormatSpec()
    position = text.find("%")
    while position >= 0:
        match = _PY_DIRECTIVE.match(text, position)
        assert match is not None
        name, conversion = match.group("name"), match.group("conversion")
        if text[position + 1 : position + 2] == "(" and name is None:
            raise InvalidFormat("unterminated directive")
        stars = [group for group in ("width", "precision") if match.group(group) == "*"]
        if stars:
            if spec.named:
                raise InvalidFormat("named and unnamed arguments are mixed")
            spec.unnamed.extend("int" for _ in stars)
        if conversion == "%":
            argument = None
        elif conversion in _PY_TYPES:
            precision = match.group("precision")
            zero = precision is not None and precision != "*" and not precision.strip("0")
            argument = "any" if conversion in "sr" and zero else _PY_TYPES[conversion]
        else:
            raise InvalidFormat(
                f"'{conversion}' is not a valid conversion" if conversion else "unterminated directive"
            )
        if name is not None:
            if spec.unnamed:
                raise InvalidFormat("named and unnamed arguments are mixed")
            argument = argument or "none"
            known = spec.named.get(name)
            if known is not None and known != argument and "any" not in (known, argument):
                raise InvalidFormat(f"argument {name!r} is used with different types")
            spec.named[name] = argument if known in (None, "any") else known
        elif argument is not None:
            if spec.named:
                raise InvalidFormat("named and unnamed arguments are mixed")
            spec.unnamed.append(argument)
        position = text.find("%", match.end())
    return spec


# -- Python str.format ---------------------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"[0-9]+")
_STANDARD_SPEC = re.compile(r"(?:.?[<>=^])?[-+ ]?#?0?[0-9]*(?:\.[0-9]*)?[bcdoxXneEfFgG%]?")


def parse_python_brace(text: str, translated: bool) -> FormatSpec:
    spec = FormatSpec()
    position = 0
    while True:
        position = text.find("{", position)
        if position < 0:
            return spec
        if text.startswith("{{", position):
            position += 2
            continue
        position = _brace_directive(text, position, spec, toplevel=True)


def _brace_directive(text: str, position: int, spec: FormatSpec, toplevel: bool) -> int:
    name_start = position + 1
    match = _IDENTIFIER.match(text, name_start) or _NUMBER.match(text, name_start)
    if match is None:
        raise InvalidFormat("a field name is expected after '{'")
    position = match.end()
    while position < len(text) and text[position] in ".[":
        getitem = text[position] == "["
        match = _IDENTIFIER.match(text, position + 1)
        if getitem and match is None:
            match = _NUMBER.match(text, position + 1)
        if match is None:
            raise InvalidFormat("a getattr or getitem argument is expected")
        position = match.end()
        if getitem:
            if text[position : position + 1] != "]":
                raise InvalidFormat("unterminated directive")
            position += 1
    if text[position : position + 1] == ":":
        if not toplevel:
            raise InvalidFormat("no more nesting is allowed in a format specifier")
        position += 1
        if text[position : position + 1] == "{":
            position = _brace_directive(text, position, spec, toplevel=False)
        else:
            position = _STANDARD_SPEC.match(text, position).end()  # type: ignore[union-attr]
    if text[position : position + 1] != "}":
        raise InvalidFormat("unterminated directive")
    if toplevel:
        spec.named[text[name_start:position]] = "any"
    return position + 1


PARSERS = {"c-format": parse_c, "python-format": parse_python, "python-brace-format": parse_python_brace}


def compare(
    language: str,
    original: FormatSpec,
    translation: FormatSpec,
    strict: bool,
    msgid_name: str,
    msgstr_name: str,
) -> str | None:
    """msgfmt's complaint about a translation's format arguments, or None when they fit.

    ``language`` is the flag ("c-format", ...): the languages differ in what a relaxed check (for a
    plural form used for one number only) lets a translation leave out.
    """
    if language == "python-brace-format":
        missing = set(original.named) ^ set(translation.named) if strict else set()
        if missing:
            name = sorted(missing)[0]
            where = msgstr_name if name in original.named else msgid_name
            return f"a format specification for argument '{name}' doesn't exist in '{where}'"
        return None
    if original.named and translation.unnamed:
        return f"format specifications in '{msgid_name}' expect a mapping, those in '{msgstr_name}' expect a tuple"
    if original.unnamed and translation.named:
        return f"format specifications in '{msgid_name}' expect a tuple, those in '{msgstr_name}' expect a mapping"
    for name, kind in sorted(translation.named.items()):
        if name not in original.named:
            return f"a format specification for argument '{name}', as in '{msgstr_name}', doesn't exist in '{msgid_name}'"
        known = original.named[name]
        if kind != known and (strict or "any" not in (kind, known)):
            return f"format specifications in '{msgid_name}' and '{msgstr_name}' for argument '{name}' are not the same"
    if strict:
        for name in sorted(original.named):
            if name not in translation.named:
                return f"a format specification for argument '{name}' doesn't exist in '{msgstr_name}'"
    wanted, given = original.unnamed, translation.unnamed
    exact = strict or language == "python-format"  # a Python tuple must match in length
    if (exact and len(wanted) != len(given)) or len(given) > len(wanted):
        return f"number of format specifications in '{msgid_name}' and '{msgstr_name}' does not match"
    for index, (expected, actual) in enumerate(zip(wanted, given, strict=False), start=1):
        if expected != actual and (strict or "any" not in (expected, actual)):
            return f"format specifications in '{msgid_name}' and '{msgstr_name}' for argument {index} are not the same"
    return None
