// Package fonts holds the font writ ships, so that every PDF writ makes
// (production summaries, proofs of notice, letters to the court, drafted
// orders) can be set with nothing installed but writ itself.
//
// The font is IPAex Gothic (IPAexGothic, version 004.01), a TrueType font
// with Japanese (JIS X 0213) and Latin glyphs, under the IPA Font License
// Agreement v1.0. That licence lets it be embedded in documents (Article
// 2.5: no obligation attaches to a PDF that uses the embedded font only to
// show its own text) and redistributed as it is (Article 2.6), on three
// conditions (Article 3.2): its name is not changed, the font is not
// altered, and a copy of the licence goes with it. So the file here is the
// font byte for byte (TestFontIsUnaltered pins its SHA-256), under its own
// name, and the licence is embedded beside it (License) as well as kept
// next to it in this folder: a binary that carries the font carries the
// licence too. README.md says where both came from.
//
// The font lives in a folder of its own, apart from the PDF writer that
// uses it, because it is a third party's work under its own licence: a
// licence review finds it, and everything that comes with it, here and
// nowhere else, and the PDF writer can move without it.
package fonts

import _ "embed"

// IPAexGothic is the TrueType font file ipaexg.ttf, IPAex Gothic version
// 004.01, unaltered.
//
//go:embed ipaexg.ttf
var IPAexGothic []byte

// IPAexGothicName names the font as the licence requires it be named.
const IPAexGothicName = "IPAex Gothic (IPAexGothic) version 004.01"

// License is the IPA Font License Agreement v1.0, in Japanese and in
// English, under which IPAexGothic is used and redistributed.
//
//go:embed IPA_Font_License_Agreement_v1.0.txt
var License string
