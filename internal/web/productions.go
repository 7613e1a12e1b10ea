package web

import "github.com/writ-project/writ/internal/web/productions"

// Production is where the server builds and keeps packages.
type Production = productions.Packages
