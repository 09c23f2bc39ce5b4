package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"

	"github.com/parallax-news/parallax"
)

// writeAnalysisJSON writes a to w as a json.Encoder indenting by one space
// and leaving HTML alone would, but one element of each list at a time:
// the analysis of 100,000 documents is some 400 MB of JSON, which the
// encoder would hold whole, and grow by doubling, before writing a byte.
func writeAnalysisJSON(w io.Writer, a parallax.Analysis) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", " ") // an element's lines sit two levels in
	v := reflect.ValueOf(a)
	bw.WriteString("{\n")
	for i := range v.NumField() {
		if i > 0 {
			bw.WriteString(",\n")
		}
		name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		bw.WriteString(" \"" + name + "\": ")
		list := v.Field(i)
		switch {
		case list.IsNil():
			bw.WriteString("null")
			continue
		case list.Len() == 0:
			bw.WriteString("[]")
			continue
		}
		bw.WriteString("[\n")
		for k := range list.Len() {
			if k > 0 {
				bw.WriteString(",\n")
			}
			buf.Reset()
			if err := enc.Encode(list.Index(k).Interface()); err != nil {
				return err
			}
			bw.WriteString("  ")
			bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		}
		bw.WriteString("\n ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}
