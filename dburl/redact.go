package dburl

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// mask is what a password is replaced with.
const mask = "xxxxx"

// span is the byte range [start, end) of a password in a URL's text.
type span struct{ start, end int }

// Redact replaces the passwords of a database URL with "xxxxx": the
// userinfo's and the values of password= query parameters. It reads the
// text as written, not with url.Parse, so that a URL that does not parse
// (a password with an unencoded "/", "#", "%" or "@") is redacted too: the
// userinfo is everything between "://" and the last "@", its password all
// of it after the first ":". When a later part holds an "@" as well, that
// hides more than the password, never less. Text without "://", such as a
// go-sql-driver/mysql DSN (user:pass@tcp(host:3306)/db), is read the same
// way from its start.
func Redact(raw string) string {
	var b strings.Builder
	last := 0
	for _, s := range passwordSpans(raw) {
		b.WriteString(raw[last:s.start])
		b.WriteString(mask)
		last = s.end
	}
	b.WriteString(raw[last:])
	return b.String()
}

// Secrets returns the passwords a database URL may hold, in every spelling
// a message may quote them in, longest first: as written in the URL,
// percent-decoded, escaped as url.QueryEscape, url.PathEscape and a URL's
// userinfo escape them, and each of those as %q writes it inside its
// quotes. The passwords are those of two readings of the URL: the text as
// Redact reads it, and url.Parse's (what the drivers connect with), which
// differ when a password holds a character that should have been encoded.
// Callers replace these strings in text they print, such as a driver's
// error that quotes the URL or the DSN built from it.
func Secrets(raw string) []string {
	var found []string
	for _, s := range passwordSpans(raw) {
		found = append(found, raw[s.start:s.end])
	}
	if u, err := url.Parse(raw); err == nil {
		if pw, ok := u.User.Password(); ok {
			found = append(found, pw)
		}
		for k, vs := range u.Query() {
			if isPasswordKey(k) {
				found = append(found, vs...)
			}
		}
	}
	var out []string
	for _, f := range found {
		for _, s := range spellings(f) {
			if s != "" && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	// Longest first: a replacer tries them in order, and a short spelling
	// may be part of a longer one (p@ss in p@ss%25).
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// spellings lists the ways a password written as raw may be printed.
func spellings(raw string) []string {
	plain := []string{raw}
	if d, err := url.PathUnescape(raw); err == nil {
		plain = append(plain, d)
	}
	if d, err := url.QueryUnescape(raw); err == nil {
		plain = append(plain, d)
	}
	var escaped []string
	for _, p := range plain {
		userinfo := strings.TrimPrefix(url.UserPassword("", p).String(), ":")
		escaped = append(escaped, p, url.QueryEscape(p), url.PathEscape(p), userinfo)
	}
	out := escaped
	for _, s := range escaped {
		q := strconv.Quote(s)
		out = append(out, q[1:len(q)-1])
	}
	return out
}

// redactErr removes the passwords of raw from an error's text: drivers
// and net/url quote the URL or the DSN they failed on.
func redactErr(err error, raw string) string {
	msg := err.Error()
	for _, s := range Secrets(raw) {
		msg = strings.ReplaceAll(msg, s, mask)
	}
	return msg
}

// passwordSpans returns where raw's passwords are, in order and not
// overlapping: the userinfo's and the values of password= parameters. The
// userinfo reaches into a later part when that holds an "@" (then the two
// are joined), but not into a password= value: there an "@" belongs to
// the value.
func passwordSpans(raw string) []span {
	spans := queryPasswords(raw)
	if u, ok := userinfoPassword(raw, spans); ok {
		spans = append(spans, u)
		slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	}
	var out []span
	for _, s := range spans {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// userinfoPassword finds the userinfo's password: after the first ":" of
// what lies between "://" (or the start) and the last "@" outside the
// values in skip. A URL whose authority is empty (sqlite:///abs/app.db)
// has none.
func userinfoPassword(raw string, skip []span) (span, bool) {
	begin := 0
	if i := strings.Index(raw, "://"); i >= 0 {
		begin = i + len("://")
	}
	if strings.HasPrefix(raw[begin:], "/") {
		return span{}, false
	}
	at := len(raw)
	for {
		at = strings.LastIndex(raw[:at], "@")
		if at < begin {
			return span{}, false
		}
		if !slices.ContainsFunc(skip, func(s span) bool { return s.start <= at && at < s.end }) {
			break
		}
	}
	colon := strings.Index(raw[begin:at], ":")
	if colon < 0 || begin+colon+1 == at {
		return span{}, false
	}
	return span{begin + colon + 1, at}, true
}

// queryPasswords finds the values of password= parameters. Both "?" and
// "&" end a parameter, so that one is found whatever the userinfo before
// it held; a part without "=" continues the value before
// it, as in password=a&b, where the password holds an unencoded "&". A "#"
// ends nothing: database URLs have no fragment, and "#" is common in
// passwords.
func queryPasswords(raw string) []span {
	var spans []span
	open := false
	for i := 0; i < len(raw); {
		end := i + strings.IndexAny(raw[i:], "?&")
		if end < i {
			end = len(raw)
		}
		key, _, hasValue := strings.Cut(raw[i:end], "=")
		switch {
		case !hasValue && open:
			spans[len(spans)-1].end = end
		case hasValue && isPasswordKey(key) && len(key)+1 < end-i:
			spans = append(spans, span{i + len(key) + 1, end})
			open = true
		default:
			open = false
		}
		i = end + 1
	}
	return spans
}

// isPasswordKey reports whether a query parameter's key names a password,
// also when it is percent-encoded.
func isPasswordKey(key string) bool {
	if k, err := url.QueryUnescape(key); err == nil {
		key = k
	}
	return strings.EqualFold(key, "password")
}
