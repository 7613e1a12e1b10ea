package pages

import (
	"net/http"
	"strings"

	"github.com/writ-project/writ/internal/web/casefile"
)

// download serves a file of a case as a download, never as a page of
// writ's origin (casefile.Attachment, as the API's downloads): the type
// given (the one writ detected), the name made safe and written by
// mime.FormatMediaType (quoted, or as an RFC 2231 filename* when it holds
// characters beyond ASCII), no sniffing, and a sandbox should a browser
// render it all the same.
func download(w http.ResponseWriter, name, ctype string, b []byte) {
	casefile.Attachment(w.Header(), name, ctype)
	_, _ = w.Write(b)
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
