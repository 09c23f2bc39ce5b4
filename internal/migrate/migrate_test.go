package migrate

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestRead(t *testing.T) {
	fsys := fstest.MapFS{
		"010_tags.sql":  {Data: []byte("CREATE TABLE tags (name text);")},
		"002_notes.sql": {Data: []byte("CREATE TABLE notes (text text);")},
		"1_start.sql":   {Data: []byte("CREATE TABLE start (x text);")},
		"README":        {Data: []byte("not a migration")},
	}
	for v := 3; v <= 9; v++ {
		fsys[fmt.Sprintf("%03d_step.sql", v)] = &fstest.MapFile{Data: []byte("SELECT 1;")}
	}
	ms, err := Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i, m := range ms {
		if m.Version != i+1 {
			t.Errorf("migration %d is %s, version %d", i, m.Name, m.Version)
		}
		names = append(names, m.Name)
	}
	want := []string{"1_start.sql", "002_notes.sql", "003_step.sql", "004_step.sql", "005_step.sql", "006_step.sql",
		"007_step.sql", "008_step.sql", "009_step.sql", "010_tags.sql"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("Read ordered %v, want %v", names, want)
	}
	if got := ms[len(ms)-1].SQL; got != "CREATE TABLE tags (name text);" {
		t.Errorf("010_tags.sql read as %q", got)
	}
}

func TestReadRefuses(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		says string
	}{
		{"no version", fstest.MapFS{"notes.sql": {}}, "notes.sql: name does not start"},
		{"zero version", fstest.MapFS{"000_notes.sql": {}}, "000_notes.sql: name does not start"},
		{"negative version", fstest.MapFS{"-1_notes.sql": {}}, "-1_notes.sql: name does not start"},
		{"shared version", fstest.MapFS{"001_a.sql": {}, "01_b.sql": {}}, "share version 1"},
		{"a missing version", fstest.MapFS{"001_a.sql": {}, "003_c.sql": {}}, "003_c.sql has version 3, want 2"},
		{"no first version", fstest.MapFS{"002_b.sql": {}}, "002_b.sql has version 2, want 1"},
	}
	for _, tt := range tests {
		ms, err := Read(tt.fsys)
		if err == nil {
			t.Errorf("%s: Read accepted %v as %v", tt.name, tt.fsys, ms)
			continue
		}
		if !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: Read: %v; want it to say %q", tt.name, err, tt.says)
		}
	}
}
