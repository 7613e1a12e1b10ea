package production

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
)

// scanPDF scans a PDF in layers, so that every byte is read and every
// character a page shows is seen as text:
//
//   - the file's own syntax, with its strings and the data of its streams
//     blanked out (each is read in its own layer below), under the syntax
//     rules;
//   - each string outside the pages (the title in the information
//     dictionary), decoded, under the full rules;
//   - each stream, decompressed when it is compressed: a font program or
//     an image is read as bytes under the syntax rules; any other stream
//     (the pages' content) is read as PDF syntax, and the strings it shows
//     are decoded through the fonts' character maps (ToUnicode) into the
//     text of the page, under the full rules, one line per text operator.
//
// A stream the scanner cannot decompress, and an encrypted PDF, are
// findings: what cannot be read cannot be shown clean.
func scanPDF(name string, b []byte, exempt map[string]bool) []Finding {
	var out []Finding
	top := lexPDF(b, true)
	if bytes.Contains(b, []byte("/Encrypt")) {
		out = append(out, findingsAt(name, b, "bytes", bytes.Index(b, []byte("/Encrypt")), []hit{{0, FoundUnreadable, "the PDF is encrypted, so its text cannot be read"}}, false)...)
	}
	out = append(out, findingsAt(name, b, "bytes", 0, scanBytes(top.masked, syntaxRules, exempt), true)...)
	for _, s := range top.strings {
		out = append(out, findingsAt(name, b, "PDF string", s.off, scanBytes(s.text, fullRules, exempt), false)...)
	}

	// The streams' data, decompressed; then the character maps among them.
	type stream struct {
		pdfStream
		data []byte
		cmap bool
	}
	var streams []stream
	var maps []cmap
	for _, s := range top.streams {
		data := b[s.start:s.end]
		if s.filter != "" {
			d, err := inflate(data, s.filter)
			if err != nil {
				out = append(out, findingsAt(name, b, "PDF stream", s.start, []hit{{0, FoundUnreadable, fmt.Sprintf("a stream the scanner cannot decompress (%v)", err)}}, false)...)
				continue
			}
			data = d
		}
		m, isMap := parseCMap(data)
		if isMap {
			maps = append(maps, m)
		}
		streams = append(streams, stream{s, data, isMap})
	}
	for _, s := range streams {
		if s.binary {
			out = append(out, findingsAt(name, b, "PDF stream", s.start, scanBytes(s.data, syntaxRules, exempt), false)...)
			continue
		}
		content := lexPDF(s.data, false)
		out = append(out, findingsAt(name, b, "PDF stream", s.start, scanBytes(content.masked, syntaxRules, exempt), false)...)
		if s.cmap {
			// A character map's strings are codes, not text: its bytes are
			// read above, its codes are not shown.
			for _, str := range content.strings {
				data := str.text
				if str.hex {
					data = str.raw
				}
				out = append(out, findingsAt(name, b, "PDF stream", s.start, scanBytes(data, syntaxRules, exempt), false)...)
			}
			continue
		}
		for _, text := range content.shown(maps) {
			out = append(out, findingsAt(name, b, "PDF text", s.start, scanBytes(text, fullRules, exempt), false)...)
		}
	}
	return out
}

// pdfStream is where a stream's data lies in the file, and how to read it.
type pdfStream struct {
	start, end int
	filter     string // "" or the name of its one filter
	binary     bool   // a font program or an image
}

// pdfString is a string of PDF syntax, decoded.
type pdfString struct {
	off  int
	text []byte
	hex  bool
	raw  []byte // a hexadecimal string's bytes, for the character maps
}

// lexed is a PDF (or a content stream) taken apart.
type lexed struct {
	// masked is the input with the insides of strings and the data of
	// streams replaced by spaces: each is read in a layer of its own.
	masked  []byte
	strings []pdfString
	streams []pdfStream
	// ops are, in order, the strings shown and the text operators that end
	// a line of shown text, for content streams.
	ops []textOp
}

type textOp struct {
	str     int // an index into strings
	newline bool
}

// shown decodes the strings a content stream shows through each character
// map (through none when the PDF has no map: as bytes), one text per map.
func (l lexed) shown(maps []cmap) [][]byte {
	if len(maps) == 0 {
		maps = []cmap{nil}
	}
	texts := make([][]byte, len(maps))
	for i, m := range maps {
		var buf bytes.Buffer
		for _, op := range l.ops {
			switch {
			case op.newline:
				// One line break between lines, however many operators
				// end one, so that a number wrapped across two lines
				// still reads as groups separated by white space.
				if buf.Len() > 0 && buf.Bytes()[buf.Len()-1] != '\n' {
					buf.WriteByte('\n')
				}
			case l.strings[op.str].hex && m != nil:
				buf.WriteString(m.decode(l.strings[op.str].raw))
			default:
				buf.Write(l.strings[op.str].text)
			}
		}
		texts[i] = buf.Bytes()
	}
	return texts
}

// lexPDF takes PDF syntax apart; with streams set it also finds streams
// (in a content stream there are none).
func lexPDF(b []byte, streams bool) lexed {
	l := lexed{masked: bytes.Clone(b)}
	// The last tokens, to read a stream's dictionary: its /Length, its
	// /Filter (a name, or an array of names), and whether it is a font
	// program or an image.
	var recent []string
	length, filter, binary, filters := -1, "", false, false
	note := func(tok string) {
		recent = append(recent, tok)
		if len(recent) > 4 {
			recent = recent[1:]
		}
		n := len(recent)
		switch {
		case filters && tok == "]":
			filters = false
		case filters && strings.HasPrefix(tok, "/"):
			if filter != "" {
				filter += "+" // a chain of filters: the scanner reads one only
			}
			filter += tok[1:]
		case n >= 2 && recent[n-2] == "/Filter" && tok == "[":
			filters = true
		case n >= 2 && recent[n-2] == "/Filter" && strings.HasPrefix(tok, "/"):
			filter = tok[1:]
		case n >= 2 && recent[n-2] == "/Length":
			if v, err := strconv.Atoi(tok); err == nil {
				length = v
			}
		case n >= 4 && recent[n-4] == "/Length" && tok == "R":
			length = -1 // an indirect length: the end is found by its keyword
		case tok == "/Length1" || tok == "/Length2" || tok == "/Length3" || tok == "/FontFile" || tok == "/FontFile2" || tok == "/FontFile3":
			binary = true
		case n >= 2 && recent[n-2] == "/Subtype" && (tok == "/Image" || tok == "/OpenType" || tok == "/Type1C" || tok == "/CIDFontType0C"):
			binary = true
		}
	}
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case c == '(':
			s, end := literalString(b, i)
			l.strings = append(l.strings, s)
			l.ops = append(l.ops, textOp{str: len(l.strings) - 1})
			for k := i + 1; k < end-1; k++ {
				l.masked[k] = ' '
			}
			i = end
		case c == '<' && i+1 < len(b) && b[i+1] == '<', c == '>' && i+1 < len(b) && b[i+1] == '>':
			i += 2
		case c == '<':
			end := bytes.IndexByte(b[i:], '>')
			if end < 0 {
				end = len(b) - i - 1
			}
			raw := hexBytes(b[i+1 : i+end])
			l.strings = append(l.strings, pdfString{off: i, hex: true, raw: raw, text: textOfBytes(raw)})
			l.ops = append(l.ops, textOp{str: len(l.strings) - 1})
			for k := i + 1; k < i+end; k++ {
				l.masked[k] = ' '
			}
			i += end + 1
		case c == '[' || c == ']':
			note(string(c))
			i++
		case isSpace(c) || strings.IndexByte("{}>)", c) >= 0:
			i++
		default:
			j := i + 1
			for j < len(b) && !isSpace(b[j]) && strings.IndexByte("()<>[]{}/%", b[j]) < 0 {
				j++
			}
			tok := string(b[i:j])
			i = j
			switch tok {
			case "Tj", "TJ", "'", "\"", "ET", "T*", "Td", "TD":
				l.ops = append(l.ops, textOp{newline: true})
			case "obj", "endobj":
				length, filter, binary, filters = -1, "", false, false
			case "stream":
				if !streams {
					continue
				}
				start := i
				if start < len(b) && b[start] == '\r' {
					start++
				}
				if start < len(b) && b[start] == '\n' {
					start++
				}
				end := start + length
				if length < 0 || end > len(b) || !bytes.HasPrefix(bytes.TrimLeft(b[end:], "\r\n"), []byte("endstream")) {
					k := bytes.Index(b[start:], []byte("endstream"))
					if k < 0 {
						k = len(b) - start
					}
					end = start + k
				}
				l.streams = append(l.streams, pdfStream{start: start, end: end, filter: filter, binary: binary})
				for k := start; k < end; k++ {
					l.masked[k] = ' '
				}
				i = end
				length, filter, binary, filters = -1, "", false, false
			}
			note(tok)
		}
	}
	return l
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

// literalString reads a string in parentheses starting at b[i], with its
// escapes and nested parentheses, and returns it and the index after it.
func literalString(b []byte, i int) (pdfString, int) {
	s := pdfString{off: i}
	depth := 0
	for k := i; k < len(b); k++ {
		c := b[k]
		switch {
		case c == '\\' && k+1 < len(b):
			k++
			switch e := b[k]; e {
			case 'n':
				s.text = append(s.text, '\n')
			case 'r':
				s.text = append(s.text, '\r')
			case 't':
				s.text = append(s.text, '\t')
			case 'b':
				s.text = append(s.text, '\b')
			case 'f':
				s.text = append(s.text, '\f')
			case '\r', '\n':
				if e == '\r' && k+1 < len(b) && b[k+1] == '\n' {
					k++
				}
			default:
				if e >= '0' && e <= '7' {
					v, n := 0, 0
					for n < 3 && k < len(b) && b[k] >= '0' && b[k] <= '7' {
						v = v*8 + int(b[k]-'0')
						k++
						n++
					}
					k--
					s.text = append(s.text, byte(v))
				} else {
					s.text = append(s.text, e)
				}
			}
		case c == '(':
			if depth > 0 {
				s.text = append(s.text, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				s.text = textOfBytes(s.text)
				return s, k + 1
			}
			s.text = append(s.text, c)
		default:
			s.text = append(s.text, c)
		}
	}
	s.text = textOfBytes(s.text)
	return s, len(b)
}

// hexBytes decodes the inside of a hexadecimal string; white space is
// ignored and a missing last digit is 0.
func hexBytes(h []byte) []byte {
	clean := make([]byte, 0, len(h)+1)
	for _, c := range h {
		if !isSpace(c) {
			clean = append(clean, c)
		}
	}
	if len(clean)%2 == 1 {
		clean = append(clean, '0')
	}
	out := make([]byte, len(clean)/2)
	if _, err := hex.Decode(out, clean); err != nil {
		return clean // not hexadecimal: scan it as it is
	}
	return out
}

// textOfBytes reads a PDF string's bytes as text: UTF-16 when it starts
// with a byte-order mark, as bytes otherwise.
func textOfBytes(b []byte) []byte {
	if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
		u := make([]uint16, 0, len(b)/2)
		for k := 2; k+1 < len(b); k += 2 {
			u = append(u, uint16(b[k])<<8|uint16(b[k+1]))
		}
		return []byte(string(utf16.Decode(u)))
	}
	return b
}

// maxInflated bounds what one compressed stream may expand to: a stream
// that expands further is not read, and so fails the scan.
const maxInflated = 256 << 20

// inflate decompresses a stream's data.
func inflate(data []byte, filter string) ([]byte, error) {
	if filter != "FlateDecode" {
		return nil, fmt.Errorf("filter %s", filter)
	}
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, maxInflated+1))
	if err == nil && len(out) > maxInflated {
		err = fmt.Errorf("it expands past %d MiB", maxInflated>>20)
	}
	return out, err
}

// cmap is a font's ToUnicode map: from a code (two bytes in the fonts writ
// writes) to the text it shows.
type cmap map[uint16]string

// parseCMap reads a ToUnicode character map's bfchar and bfrange entries.
func parseCMap(data []byte) (cmap, bool) {
	if !bytes.Contains(data, []byte("beginbfchar")) && !bytes.Contains(data, []byte("beginbfrange")) {
		return nil, false
	}
	m := cmap{}
	// bfchar sections map codes in pairs of strings, bfrange sections in
	// threes (low, high, first destination; a destination array is not
	// written by writ's PDF writer, and is skipped).
	text := string(data)
	for _, sec := range []string{"bfchar", "bfrange"} {
		rest := text
		for {
			a := strings.Index(rest, "begin"+sec)
			if a < 0 {
				break
			}
			z := strings.Index(rest[a:], "end"+sec)
			if z < 0 {
				break
			}
			body := rest[a+len("begin"+sec) : a+z]
			rest = rest[a+z:]
			var items [][]byte
			for _, s := range lexPDF([]byte(body), false).strings {
				if s.hex {
					items = append(items, s.raw)
				}
			}
			step := 2
			if sec == "bfrange" {
				step = 3
			}
			for k := 0; k+step <= len(items); k += step {
				if sec == "bfchar" {
					m[code(items[k])] = utf16Text(items[k+1])
					continue
				}
				lo, hi, dst := code(items[k]), code(items[k+1]), items[k+2]
				base := []rune(utf16Text(dst))
				if len(base) != 1 || hi < lo {
					continue
				}
				for c := uint32(lo); c <= uint32(hi); c++ {
					m[uint16(c)] = string(base[0] + rune(c-uint32(lo)))
				}
			}
		}
	}
	return m, len(m) > 0
}

func code(b []byte) uint16 {
	var c uint16
	for _, x := range b {
		c = c<<8 | uint16(x)
	}
	return c
}

// utf16Text reads a map's destination, UTF-16BE. The PDF writer writes a
// code point above U+FFFF as five hexadecimal digits, which is not UTF-16;
// writ's PDFs never show one (they are written as "[U+20BB7]").
func utf16Text(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for k := 0; k+1 < len(b); k += 2 {
		u = append(u, uint16(b[k])<<8|uint16(b[k+1]))
	}
	return string(utf16.Decode(u))
}

// decode reads a shown string's two-byte codes through the map; a code
// the map does not know becomes U+FFFD, which breaks a run of digits.
func (m cmap) decode(raw []byte) string {
	var b strings.Builder
	for k := 0; k+1 < len(raw); k += 2 {
		if s, ok := m[uint16(raw[k])<<8|uint16(raw[k+1])]; ok {
			b.WriteString(s)
		} else {
			b.WriteRune('\uFFFD')
		}
	}
	return b.String()
}
