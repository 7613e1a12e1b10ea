package pages

import (
	"mime"
	"net/http"
	"strings"
	"unicode"
)

// download serves a file of a case as a download, never as a page of
// writ's origin: the type given (the one writ detected), the name written
// by mime.FormatMediaType (quoted, or as an RFC 2231 filename* when it
// holds characters outside ASCII), no sniffing, and a sandbox should a
// browser render it all the same.
func download(w http.ResponseWriter, name, ctype string, b []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": safeFileName(name)}))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	_, _ = w.Write(b)
}

// safeFileName keeps a file's name to one that names a file and nothing
// else on any system: no path separators, no characters Windows refuses,
// no control characters.
func safeFileName(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, name)
}

// extensions are the file extensions of the media types writ detects in
// what it keeps (http.DetectContentType, as the portal does).
var extensions = map[string]string{
	"application/pdf": ".pdf",
	"image/png":       ".png",
	"image/jpeg":      ".jpg",
	"image/gif":       ".gif",
	"image/webp":      ".webp",
	"text/plain":      ".txt",
}

// detected is the media type of a file as writ detects it from its
// content, and the extension its name takes: never what the person who
// sent it called it.
func detected(b []byte) (ctype, ext string) {
	ctype = http.DetectContentType(b)
	base, _, _ := strings.Cut(ctype, ";")
	ext, ok := extensions[base]
	if !ok {
		return "application/octet-stream", ".bin"
	}
	return ctype, ext
}
