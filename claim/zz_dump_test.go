package claim

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
)

func TestZZDump(t *testing.T) {
	type rec struct {
		Doc, Speaker, Content, Cue string
		Start, End                 int
	}
	out := map[string]any{}
	for _, name := range []string{"bench.tsv", "dev.tsv", "news.tsv"} {
		gold := loadClaims(t, name)
		prefixes := map[string]bool{}
		var g []devClaim
		for _, c := range gold {
			if !invented(c.doc) {
				g = append(g, c)
				prefixes[c.doc] = true
			}
		}
		var bodies map[string]string
		if name == "news.tsv" {
			bodies = localBodies(t, g)
		} else {
			bodies = devBodies(t, prefixes)
		}
		reg, _ := entity.NewRegistry(entity.Options{})
		var preds, golds []rec
		for p, body := range bodies {
			rs := []rune(body)
			for _, s := range Extract(reg.Resolve(parallax.Document{ID: p, Body: body, Lang: "en"}), reg) {
				preds = append(preds, rec{p, s.SpeakerName, s.Content, s.Cue, s.Start, s.End})
			}
			for _, c := range g {
				if c.doc == p {
					golds = append(golds, rec{p, c.speaker, string(rs[c.start:c.end]), "", c.start, c.end})
				}
			}
		}
		out[name] = map[string]any{"pred": preds, "gold": golds, "bodies": bodies}
	}
	b, _ := json.Marshal(out)
	os.WriteFile("/tmp/speech/dump.json", b, 0o644)
}
