package production

import (
	"archive/tar"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/seal"
)

// Seal packs the package at dir into a tar archive (one folder, named as
// dir is) encrypted with age to the recipients' public keys ("age1...") or
// to a passphrase, and writes it to the file out, which must not exist. It
// first verifies the package and scans it again, and refuses a package
// that fails either: what is delivered is what was checked. out is written
// beside itself and renamed when complete.
func Seal(dir, out string, recipients []string, passphrase string) error {
	switch {
	case len(recipients) == 0 && passphrase == "":
		return &fault.Error{Code: fault.Invalid, Field: "recipient", Message: "name at least one recipient (age1...) or a passphrase"}
	case len(recipients) > 0 && passphrase != "":
		return &fault.Error{Code: fault.Invalid, Field: "recipient", Message: "seal to public keys or to a passphrase, not both"}
	}
	problems, err := Verify(dir)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fault.Errorf(fault.Tampered, "the package at %s does not match its manifests, so it is not sealed: %s", dir, problems[0])
	}
	findings, err := Scan(dir)
	if err != nil {
		return fault.Wrap(fault.Internal, err, "cannot scan the package")
	}
	if len(findings) > 0 {
		e := &ScanError{Findings: findings}
		return &fault.Error{Code: fault.Refused, Message: "not sealed: " + e.Error(), Err: e}
	}
	if _, err := os.Lstat(out); err == nil {
		return &fault.Error{Code: fault.Conflict, Field: "out", Message: fmt.Sprintf("%s already exists; a sealed package is never overwritten", out)}
	}
	f, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".partial-")
	if err != nil {
		return fault.Wrap(fault.Internal, err, "cannot write %s", out)
	}
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	w, err := seal.SealTo(f, recipients, passphrase)
	if err != nil {
		return err
	}
	if err := WriteTar(w, dir, filepath.Base(filepath.Clean(dir))); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot pack the package")
	}
	if err := w.Close(); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot seal the package")
	}
	if err := f.Sync(); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot write %s", out)
	}
	if err := f.Close(); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot write %s", out)
	}
	if err := os.Rename(f.Name(), out); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot write %s", out)
	}
	done = true
	return nil
}

// WriteTar packs the folder dir (a package) as a tar archive whose one top
// folder is named top: the form in which a package is sealed and served.
func WriteTar(w io.Writer, dir, top string) error {
	tw := tar.NewWriter(w)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		name := path.Join(top, filepath.ToSlash(rel))
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: name + "/", Mode: 0o700, ModTime: info.ModTime()})
		case !d.Type().IsRegular():
			return fmt.Errorf("%s is not a regular file", rel)
		}
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: 0o600, Size: info.Size(), ModTime: info.ModTime()}); err != nil {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(tw, f)
		return err
	})
	if err != nil {
		return err
	}
	return tw.Close()
}

// Unseal decrypts a sealed package with the recipient's secret keys
// ("AGE-SECRET-KEY-1...") or the passphrase, unpacks it into dir, which
// must not exist, and verifies it against its manifests. It unpacks beside
// dir and renames at the end: a package that cannot be opened, is damaged
// or fails verification leaves nothing behind. The archive may hold only
// folders and regular files inside its one top folder.
func Unseal(in, dir string, identities []string, passphrase string) error {
	f, err := os.Open(in)
	if err != nil {
		return &fault.Error{Code: fault.NotFound, Field: "in", Message: fmt.Sprintf("%s cannot be opened", in), Err: err}
	}
	defer f.Close()
	if _, err := os.Lstat(dir); err == nil {
		return &fault.Error{Code: fault.Conflict, Field: "out", Message: fmt.Sprintf("%s already exists; choose another folder", dir)}
	}
	r, err := seal.OpenFrom(f, identities, passphrase)
	if err != nil {
		return err
	}
	parent := filepath.Dir(filepath.Clean(dir))
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".partial-")
	if err != nil {
		return fault.Wrap(fault.Internal, err, "cannot create a folder in %s", parent)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if err := readTar(r, tmp); err != nil {
		return err
	}
	problems, err := Verify(tmp)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fault.Errorf(fault.Tampered, "the unsealed package does not match its manifests: %s", problems[0])
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot move the package into place at %s", dir)
	}
	done = true
	return nil
}

// readTar unpacks an archive's one top folder into dir.
func readTar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	top := ""
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fault.Wrap(fault.Tampered, err, "the sealed package is damaged")
		}
		name := strings.TrimSuffix(h.Name, "/")
		first, rest, _ := strings.Cut(name, "/")
		if top == "" {
			top = first
		}
		if first != top || path.IsAbs(name) || path.Clean(name) != name || strings.Contains(name, "..") || strings.Contains(name, "\\") {
			return fault.Errorf(fault.Tampered, "the sealed package holds %q, outside its folder", h.Name)
		}
		target := filepath.Join(dir, filepath.FromSlash(rest))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o700); err != nil {
				return fault.Wrap(fault.Internal, err, "cannot unpack %s", name)
			}
		case tar.TypeReg:
			if rest == "" {
				return fault.Errorf(fault.Tampered, "the sealed package holds a file where its folder should be")
			}
			if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
				return fault.Wrap(fault.Internal, err, "cannot unpack %s", name)
			}
			out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return fault.Wrap(fault.Internal, err, "cannot unpack %s", name)
			}
			_, err = io.Copy(out, tr)
			if cerr := out.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fault.Wrap(fault.Tampered, err, "the sealed package is damaged at %s", name)
			}
		default:
			return fault.Errorf(fault.Tampered, "the sealed package holds %q, which is not a file or a folder", h.Name)
		}
	}
}
