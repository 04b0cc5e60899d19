// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Unicode.hpp"

namespace mobi {

std::u32string decodeUtf8(const std::string& s) {
    std::u32string out;
    out.reserve(s.size());
    const char32_t bad = 0xFFFD;
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        int extra = 0;
        char32_t cp = 0;
        if (b < 0x80) {
            cp = b;
        } else if ((b & 0xE0) == 0xC0) {
            cp = b & 0x1F;
            extra = 1;
        } else if ((b & 0xF0) == 0xE0) {
            cp = b & 0x0F;
            extra = 2;
        } else if ((b & 0xF8) == 0xF0) {
            cp = b & 0x07;
            extra = 3;
        } else {
            out.push_back(bad);
            ++i;
            continue;
        }
        if (i + static_cast<std::size_t>(extra) >= s.size()) {
            out.push_back(bad); // truncated sequence at the end of the string
            break;
        }
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            unsigned char c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        // Reject overlong forms, surrogates and out-of-range values.
        static const char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (!ok || cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.push_back(bad);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += 1 + extra;
    }
    return out;
}

std::string encodeUtf8(const std::u32string& text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

char32_t toUpper(char32_t c) {
    if (c >= U'a' && c <= U'z') return c - 32;
    // Latin-1: à..þ except ÷ (U+00F7); ÿ has its capital in Latin Extended-A.
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
    if (c == 0xFF) return 0x178;
    // Latin Extended-A pairs: even = capital, odd = small (with two shifted runs).
    if (c >= 0x100 && c <= 0x137 && (c & 1)) return c - 1;
    if (c >= 0x139 && c <= 0x148 && !(c & 1)) return c - 1;
    if (c >= 0x14A && c <= 0x177 && (c & 1)) return c - 1; // includes œ (U+0153) → Œ
    if (c == 0x17A || c == 0x17C || c == 0x17E) return c - 1;
    // Greek and Cyrillic basic ranges.
    if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
    if (c >= 0x430 && c <= 0x44F) return c - 32;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    return c;
}

std::string toUpperUtf8(const std::string& utf8) {
    std::u32string t = decodeUtf8(utf8);
    for (auto& c : t)
        c = toUpper(c);
    return encodeUtf8(t);
}

std::size_t countCodePoints(const std::string& utf8) { return decodeUtf8(utf8).size(); }

bool isInvisibleOrControl(char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;
    if (c >= 0x200B && c <= 0x200F) return true; // zero-width and direction marks
    if (c >= 0x2028 && c <= 0x202E) return true; // separators and bidi embeddings
    if (c >= 0x2060 && c <= 0x206F) return true; // invisible operators, bidi isolates
    if (c == 0xFEFF || c == 0xFFFD) return true;
    if (c >= 0xFFF0 && c <= 0xFFFF) return true;
    return false;
}

} // namespace mobi
