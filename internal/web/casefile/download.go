package casefile

import (
	"mime"
	"net/http"
	"strings"
	"unicode"
)

// Disposition is the Content-Disposition of a file of a case downloaded
// under name: an attachment, never shown as a page of writ's origin, its
// name written by mime.FormatMediaType (a token, quoted, or an RFC 2231
// filename* when it holds characters beyond ASCII), and the name itself
// kept to one that names a file and nothing else (FileName). The API's
// production download and the pages' downloads name files through it.
func Disposition(name string) string {
	return mime.FormatMediaType("attachment", map[string]string{"filename": FileName(name)})
}

// FileName keeps a file's name to one that names a file and nothing else
// on any system: no path separators, no characters Windows refuses, no
// control or formatting characters (a right-to-left override turns
// "gpj.exe" into what reads as "exe.jpg").
func FileName(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, name)
}

// Attachment sets the headers of a download of a case's file of media
// type ctype under name: the type writ knows, Disposition, no sniffing,
// and a sandbox should a browser render it all the same.
func Attachment(h http.Header, name, ctype string) {
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", Disposition(name))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
}
