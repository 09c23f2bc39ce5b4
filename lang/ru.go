package lang

import (
	"embed"
	"io/fs"
)

//go:embed ru/*.tsv
var ruData embed.FS

func init() {
	sub, err := fs.Sub(ruData, "ru")
	if err != nil {
		panic(err)
	}
	register("ru", sub)
}
