package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// buildVersion is the release this binary is, when the build names one:
// go build -ldflags "-X main.buildVersion=v1.2.0". Without it the module
// version and the version control stamp of the build are shown.
var buildVersion = ""

// version describes the build: its version, the commit it was built from
// and whether the tree had changes, and the Go release.
func version() string {
	info, ok := debug.ReadBuildInfo()
	return describeBuild(buildVersion, info, ok)
}

func describeBuild(release string, info *debug.BuildInfo, ok bool) string {
	v := release
	var stamp []string
	if ok {
		if v == "" {
			v = info.Main.Version
		}
		settings := map[string]string{}
		for _, s := range info.Settings {
			settings[s.Key] = s.Value
		}
		if rev := settings["vcs.revision"]; rev != "" {
			stamp = append(stamp, "commit "+rev[:min(12, len(rev))])
		}
		if t := settings["vcs.time"]; t != "" {
			stamp = append(stamp, t)
		}
		if settings["vcs.modified"] == "true" {
			stamp = append(stamp, "modified")
		}
	}
	if v == "" {
		v = "(devel)"
	}
	out := "parallax " + v
	if len(stamp) > 0 {
		out += " (" + strings.Join(stamp, ", ") + ")"
	}
	return fmt.Sprintf("%s %s", out, runtime.Version())
}
