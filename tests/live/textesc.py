"""tests/live/textesc.py: the text output's escape of program names, command
lines and unix paths (README: Deviations), for the live checkers: printable
ASCII and UTF-8 characters other than C1 controls as they are; a backslash
as \\\\, newline, tab and CR as \\n \\t \\r; any other byte (C0, DEL, a byte
of a C1 control, a byte that is not part of a UTF-8 character) as \\xNN.
SPDX-License-Identifier: 0BSD"""
import re


def utf8_char(b, i):
    """length of a valid UTF-8 character of 2-4 bytes at b[i], else 0"""
    for n in (2, 3, 4):
        try:
            ch = b[i:i + n].decode('utf-8')
        except UnicodeDecodeError:
            continue
        if len(ch) == 1:
            return n
    return 0


def units(b):
    """b (bytes) as the text writes it: a list of (text bytes, columns), one
    per character or escape"""
    out, i = [], 0
    while i < len(b):
        c = b[i]
        if c >= 0x80:
            n = utf8_char(b, i)
            if n and not (c == 0xc2 and b[i + 1] < 0xa0):
                out.append((b[i:i + n], 1))
                i += n
                continue
        if 0x20 <= c < 0x7f and c != 0x5c:
            out.append((bytes([c]), 1))
        elif c == 0x5c:
            out.append((b'\\\\', 2))
        elif c in (10, 9, 13):
            out.append((b'\\' + {10: b'n', 9: b't', 13: b'r'}[c], 2))
        else:
            out.append((b'\\x%02x' % c, 4))
        i += 1
    return out


def esc(b):
    return b''.join(u for u, _ in units(b))


def esc_cut(b, room):
    """esc(b), whole characters and escapes while they fit in room bytes"""
    out = b''
    for u, _ in units(b):
        if len(out) + len(u) > room:
            break
        out += u
    return out


def unesc(t):
    """the bytes a text field stands for (None if it holds a stray escape)"""
    out, i = bytearray(), 0
    while i < len(t):
        if t[i] == 0x5c:
            m = re.match(rb'\\(\\|n|t|r|x[0-9a-f]{2})', t[i:])
            if not m:
                return None
            e = m.group(1)
            out += {b'\\': b'\\', b'n': b'\n', b't': b'\t', b'r': b'\r'}.get(e) or bytes([int(e[1:], 16)])
            i += len(m.group(0))
        else:
            out.append(t[i])
            i += 1
    return bytes(out)
