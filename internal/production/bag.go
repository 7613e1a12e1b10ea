package production

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// The tag files of a BagIt bag (RFC 8493) that writ writes.
const (
	bagDeclaration = "bagit.txt"
	bagManifest    = "manifest-sha256.txt"
	bagTagManifest = "tagmanifest-sha256.txt"
	bagInfo        = "bag-info.txt"
)

// writeBag makes the folder root, whose payload is in data/, a BagIt bag:
// the bag declaration, a SHA-256 manifest of the payload, bag-info.txt
// with the payload's size (Payload-Oxum) and the day it was bagged, and a
// SHA-256 manifest of those tag files. RFC 8493 is small enough to write
// by hand, and a library would be one more thing between the files and
// their hashes.
func writeBag(root string, now time.Time, info [][2]string) error {
	payload, err := payloadFiles(root)
	if err != nil {
		return err
	}
	var manifest bytes.Buffer
	var octets int64
	for _, p := range payload {
		sum, n, err := hashFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		octets += n
		fmt.Fprintf(&manifest, "%s  %s\n", sum, encodeBagPath(p))
	}
	var bagInfoText bytes.Buffer
	fields := append([][2]string{}, info...)
	fields = append(fields,
		[2]string{"Bagging-Date", now.UTC().Format("2006-01-02")},
		[2]string{"Payload-Oxum", fmt.Sprintf("%d.%d", octets, len(payload))},
		[2]string{"Bag-Software-Agent", "writ"},
	)
	for _, f := range fields {
		fmt.Fprintf(&bagInfoText, "%s: %s\n", f[0], strings.NewReplacer("\r", " ", "\n", " ").Replace(f[1]))
	}
	tags := []struct {
		name string
		data []byte
	}{
		{bagDeclaration, []byte("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")},
		{bagManifest, manifest.Bytes()},
		{bagInfo, bagInfoText.Bytes()},
	}
	var tagManifest bytes.Buffer
	for _, t := range tags {
		if err := writeSynced(filepath.Join(root, t.name), t.data); err != nil {
			return err
		}
		sum := sha256.Sum256(t.data)
		fmt.Fprintf(&tagManifest, "%s  %s\n", hex.EncodeToString(sum[:]), t.name)
	}
	return writeSynced(filepath.Join(root, bagTagManifest), tagManifest.Bytes())
}

// payloadFiles lists the files under root/data, as slash paths relative to
// root, sorted.
func payloadFiles(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(filepath.Join(root, "data"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	slices.Sort(out)
	return out, err
}

func hashFile(p string) (string, int64, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// encodeBagPath and decodeBagPath percent-encode the characters RFC 8493
// §2.1.3 requires in a manifest's paths: CR, LF and the percent sign.
func encodeBagPath(p string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(p)
}

func decodeBagPath(p string) string {
	return strings.NewReplacer("%25", "%", "%0D", "\r", "%0d", "\r", "%0A", "\n", "%0a", "\n").Replace(p)
}

// Problem is one way a package fails its check.
type Problem struct {
	// File is the file's path in the package, with slashes.
	File string `json:"file"`
	// Kind is mismatch (the file's content is not what a manifest says),
	// missing (a manifest lists it; it is not there), extra (it is there;
	// no manifest lists it) or invalid (a tag file cannot be read).
	Kind string `json:"kind"`
	// By names the manifest or tag file that says so.
	By     string `json:"by"`
	Detail string `json:"detail,omitempty"`
}

// The kinds of a Problem.
const (
	ProblemMismatch = "mismatch"
	ProblemMissing  = "missing"
	ProblemExtra    = "extra"
	ProblemInvalid  = "invalid"
)

func (p Problem) String() string {
	s := fmt.Sprintf("%s: %s (%s)", p.File, p.Kind, p.By)
	if p.Detail != "" {
		s += ": " + p.Detail
	}
	return s
}

// Verify checks a package against its manifests: the bag's
// manifest-sha256.txt and tagmanifest-sha256.txt, the Payload-Oxum of
// bag-info.txt, and the SHA-256 and size of every file in
// data/manifest.json. It names every file that does not match, is
// missing, or is extra; a package is intact when there are no problems.
// The error is for a package that cannot be read at all.
func Verify(dir string) ([]Problem, error) {
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return nil, &fault.Error{Code: fault.NotFound, Field: "package", Message: fmt.Sprintf("%s is not a folder holding a production package", dir), Err: err}
	}
	var ps []Problem
	add := func(file, kind, by, detail string) {
		ps = append(ps, Problem{File: file, Kind: kind, By: by, Detail: detail})
	}

	// Every file there is, by path.
	present := map[string]bool{}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
		case !d.Type().IsRegular():
			add(rel, ProblemExtra, "package", "not a regular file: a package holds only files")
		default:
			present[rel] = true
		}
		return nil
	})
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot read the package %s", dir)
	}

	if b, err := os.ReadFile(filepath.Join(dir, bagDeclaration)); err != nil {
		add(bagDeclaration, ProblemMissing, "BagIt", "a bag must declare itself")
	} else if !bytes.Contains(b, []byte("BagIt-Version: 1.0")) || !bytes.Contains(b, []byte("Tag-File-Character-Encoding: UTF-8")) {
		add(bagDeclaration, ProblemInvalid, "BagIt", "not the declaration of a BagIt 1.0 bag in UTF-8")
	}

	// The payload manifest.
	listed := map[string]bool{}
	payload := checkManifest(dir, bagManifest, present, add, func(p string) bool { return strings.HasPrefix(p, "data/") })
	for p := range payload {
		listed[p] = true
	}
	var octets, count int64
	for p := range present {
		if strings.HasPrefix(p, "data/") {
			if !listed[p] {
				add(p, ProblemExtra, bagManifest, "a payload file the manifest does not list")
			}
			if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p))); err == nil {
				octets += st.Size()
				count++
			}
		}
	}

	// The tag manifest, and files outside the payload.
	tagged := checkManifest(dir, bagTagManifest, present, add, func(p string) bool { return !strings.HasPrefix(p, "data/") })
	for p := range present {
		if !strings.HasPrefix(p, "data/") && p != bagTagManifest && p != bagDeclaration && !tagged[p] {
			add(p, ProblemExtra, bagTagManifest, "a file outside the payload that the tag manifest does not list")
		}
	}

	// Payload-Oxum.
	if b, err := os.ReadFile(filepath.Join(dir, bagInfo)); err != nil {
		add(bagInfo, ProblemMissing, "BagIt", "")
	} else {
		want := fmt.Sprintf("%d.%d", octets, count)
		got := ""
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "Payload-Oxum:"); ok {
				got = strings.TrimSpace(v)
			}
		}
		if got != want {
			add(bagInfo, ProblemMismatch, "Payload-Oxum", fmt.Sprintf("says %q; the payload is %s (bytes.files)", got, want))
		}
	}

	// manifest.json.
	mpath := "data/" + ManifestName
	if b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(mpath))); err != nil {
		add(mpath, ProblemMissing, "writ", "the production's manifest")
	} else {
		var m Manifest
		if err := json.Unmarshal(b, &m); err != nil {
			add(mpath, ProblemInvalid, "writ", "not a production manifest: "+err.Error())
		} else {
			inManifest := map[string]bool{mpath: true}
			for _, f := range m.Files {
				p := "data/" + f.Path
				inManifest[p] = true
				if !safeBagPath(p) {
					add(p, ProblemInvalid, ManifestName, "a path outside the payload")
					continue
				}
				sum, n, err := hashFile(filepath.Join(dir, filepath.FromSlash(p)))
				switch {
				case err != nil:
					add(p, ProblemMissing, ManifestName, "")
				case sum != f.SHA256 || n != f.Bytes:
					add(p, ProblemMismatch, ManifestName, fmt.Sprintf("SHA-256 %s (%d bytes), where the manifest says %s (%d bytes)", sum, n, f.SHA256, f.Bytes))
				}
			}
			for p := range present {
				if strings.HasPrefix(p, "data/") && !inManifest[p] {
					add(p, ProblemExtra, ManifestName, "a payload file the production's manifest does not list")
				}
			}
		}
	}
	slices.SortFunc(ps, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return strings.Compare(a.By, b.By)
	})
	return ps, nil
}

// checkManifest checks the files a BagIt manifest lists and returns them.
func checkManifest(dir, name string, present map[string]bool, add func(file, kind, by, detail string), belongs func(string) bool) map[string]bool {
	listed := map[string]bool{}
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		add(name, ProblemMissing, "BagIt", "")
		return listed
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			continue
		}
		sum, p, ok := strings.Cut(text, " ")
		p = decodeBagPath(strings.TrimLeft(p, " \t"))
		if !ok || len(sum) != 64 || !safeBagPath(p) || !belongs(p) {
			add(name, ProblemInvalid, "BagIt", "line "+strconv.Itoa(line)+" is not a checksum and a path of this bag")
			continue
		}
		listed[p] = true
		if !present[p] {
			add(p, ProblemMissing, name, "")
			continue
		}
		got, _, err := hashFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil || !strings.EqualFold(got, sum) {
			add(p, ProblemMismatch, name, fmt.Sprintf("SHA-256 %s, where the manifest says %s", got, strings.ToLower(sum)))
		}
	}
	return listed
}

// safeBagPath reports whether p is a clean relative path inside the bag.
func safeBagPath(p string) bool {
	return p != "" && !strings.HasPrefix(p, "/") && path.Clean(p) == p && !strings.HasPrefix(p, "../") && p != ".."
}
