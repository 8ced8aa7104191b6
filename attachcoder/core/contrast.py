"""Black or white text on a coloured fill: the one rule, used by the coding pad and workbooks.

WCAG 2's relative luminance (sRGB channels linearised) and its contrast ratio
(L1 + 0.05) / (L2 + 0.05): the text colour is whichever of black and white contrasts more with
the fill. The two meet at a luminance of about 0.179, so this is the same as comparing with
that figure — the rule is written once here, on ``#RRGGBB`` strings, so the pad and the printed
Timeline can never disagree about a code's text colour again.
"""

from __future__ import annotations

BLACK = "#000000"
WHITE = "#FFFFFF"


def _channel(c8: int) -> float:
    c = c8 / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB`` (0 black … 1 white)."""
    r, g, b = (_channel(int(hex_colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 … 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour_on(fill: str) -> str:
    """``#000000`` or ``#FFFFFF``, whichever contrasts more with ``fill`` (``#RRGGBB``)."""
    return BLACK if contrast_ratio(BLACK, fill) >= contrast_ratio(WHITE, fill) else WHITE
