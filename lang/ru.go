package lang

import (
	"embed"
	"io/fs"
)

//go:embed ru/*.tsv ru/quantity.txt
var ruData embed.FS

func init() {
	sub, err := fs.Sub(ruData, "ru")
	if err != nil {
		panic(err)
	}
	register("ru", sub)
}
