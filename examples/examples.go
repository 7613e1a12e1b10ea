// Package examples embeds the example files of the repository, so that the
// binary can load the seed order (writ serve --demo) from any folder.
package examples

import "embed"

// Files holds examples/orders and examples/sources.
//
//go:embed orders/*.json sources/*.json
var Files embed.FS

// SeedOrder is the seed order (N.D. Cal. 22-mc-80240-VKD) as JSON.
func SeedOrder() []byte {
	b, err := Files.ReadFile("orders/takagi-2022.json")
	if err != nil {
		panic("examples: the seed order is not embedded: " + err.Error())
	}
	return b
}
