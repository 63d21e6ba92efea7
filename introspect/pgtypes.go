package introspect

// The conversions below turn a PostgreSQL catalog row into the same Atlas
// values Atlas's own inspector makes. Atlas keeps them unexported
// (columnType, columnDefault, newIndexStorage and IndexOpClass.parseParams
// in ariga.io/atlas/sql/postgres, and IsQuoted, IsLiteralBool and
// IsLiteralNumber in its internal sqlx package), so they are copied from
// the pinned version (v0.32.1-0.20250325101103-175b25e1c1b9, Apache-2.0)
// with only the names changed. The equality test in pgfast_test.go holds
// them to Atlas's output.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"

	"github.com/autogen-dev/autogen/sqlsafe"
)

// pgColumnDesc is one row of Atlas's columns query, the inputs of its
// columnType.
type pgColumnDesc struct {
	typ           string // information_schema data_type
	fmtype        string // pg_catalog.format_type
	size          int64  // character_maximum_length
	typtype       string // pg_type.typtype
	precision     int64
	timePrecision *int64
	scale         int64
	interval      string
}

// pgDefaultTimePrecision is Atlas's defaultTimePrecision.
const pgDefaultTimePrecision = 6

// pgColumnType is Atlas's postgres columnType.
func pgColumnType(c *pgColumnDesc) (schema.Type, error) {
	var typ schema.Type
	switch t := c.typ; strings.ToLower(t) {
	case postgres.TypeBigInt, postgres.TypeInt8, postgres.TypeInt, postgres.TypeInteger, postgres.TypeInt4,
		postgres.TypeSmallInt, postgres.TypeInt2, "int64", postgres.TypeXID, postgres.TypeXID8:
		typ = &schema.IntegerType{T: t}
	case postgres.TypeBit, postgres.TypeBitVar:
		typ = &postgres.BitType{T: t, Len: c.size}
	case postgres.TypeBool, postgres.TypeBoolean:
		typ = &schema.BoolType{T: t}
	case postgres.TypeBytea:
		typ = &schema.BinaryType{T: t}
	case postgres.TypeCharacter, postgres.TypeChar, postgres.TypeCharVar, postgres.TypeVarChar, postgres.TypeText,
		postgres.TypeBPChar, "name":
		if t == postgres.TypeCharacter && c.size == 0 && c.fmtype == postgres.TypeBPChar {
			t = postgres.TypeBPChar
		}
		typ = &schema.StringType{T: t, Size: int(c.size)}
	case postgres.TypeCIDR, postgres.TypeInet, postgres.TypeMACAddr, postgres.TypeMACAddr8:
		typ = &postgres.NetworkType{T: t}
	case postgres.TypeCircle, postgres.TypeLine, postgres.TypeLseg, postgres.TypeBox, postgres.TypePath,
		postgres.TypePolygon, postgres.TypePoint, postgres.TypeGeometry:
		typ = &schema.SpatialType{T: t}
	case postgres.TypeDate:
		typ = &schema.TimeType{T: t}
	case postgres.TypeTime, postgres.TypeTimeWOTZ, postgres.TypeTimeTZ, postgres.TypeTimeWTZ, postgres.TypeTimestamp,
		postgres.TypeTimestampTZ, postgres.TypeTimestampWTZ, postgres.TypeTimestampWOTZ:
		p := pgDefaultTimePrecision
		if c.timePrecision != nil {
			p = int(*c.timePrecision)
		}
		typ = &schema.TimeType{T: t, Precision: &p}
	case postgres.TypeInterval:
		p := pgDefaultTimePrecision
		if c.timePrecision != nil {
			p = int(*c.timePrecision)
		}
		it := &postgres.IntervalType{T: t, Precision: &p}
		if c.interval != "" {
			f, ok := pgIntervalField(c.interval)
			if !ok {
				return &schema.UnsupportedType{T: c.interval}, nil
			}
			it.F = f
		}
		typ = it
	case postgres.TypeReal, postgres.TypeDouble, postgres.TypeFloat, postgres.TypeFloat4, postgres.TypeFloat8:
		typ = &schema.FloatType{T: t, Precision: int(c.precision)}
	case postgres.TypeJSON, postgres.TypeJSONB:
		typ = &schema.JSONType{T: t}
	case postgres.TypeMoney:
		typ = &postgres.CurrencyType{T: t}
	case postgres.TypeDecimal, postgres.TypeNumeric:
		typ = &schema.DecimalType{T: t, Precision: int(c.precision), Scale: int(c.scale)}
	case postgres.TypeSmallSerial, postgres.TypeSerial, postgres.TypeBigSerial, postgres.TypeSerial2,
		postgres.TypeSerial4, postgres.TypeSerial8:
		typ = &postgres.SerialType{T: t, Precision: int(c.precision)}
	case postgres.TypeUUID:
		typ = &schema.UUIDType{T: t}
	case postgres.TypeXML:
		typ = &postgres.XMLType{T: t}
	case postgres.TypeArray:
		// Multi-dimensions and sizes are ignored, as the database ignores them.
		at := &postgres.ArrayType{T: c.fmtype}
		if t, ok := pgArrayElem(c.fmtype); ok {
			tt, err := postgres.ParseType(t)
			if err != nil {
				return nil, err
			}
			at.Type = tt
		}
		typ = at
	case postgres.TypeTSVector, postgres.TypeTSQuery:
		typ = &postgres.TextSearchType{T: t}
	case postgres.TypeInt4Range, postgres.TypeInt4MultiRange, postgres.TypeInt8Range, postgres.TypeInt8MultiRange,
		postgres.TypeNumRange, postgres.TypeNumMultiRange, postgres.TypeTSRange, postgres.TypeTSMultiRange,
		postgres.TypeTSTZRange, postgres.TypeTSTZMultiRange, postgres.TypeDateRange, postgres.TypeDateMultiRange:
		typ = &postgres.RangeType{T: t}
	case "oid", "regclass", "regcollation", "regconfig", "regdictionary", "regnamespace",
		"regoper", "regoperator", "regproc", "regprocedure", "regrole", "regtype":
		typ = &postgres.OIDType{T: t}
	case "any", "anyelement", "anyarray", "anynonarray", "anyenum", "internal",
		"record", "trigger", "event_trigger", "void", "unknown":
		typ = &postgres.PseudoType{T: t}
	default: // USER-DEFINED or any other base type.
		ft := c.fmtype
		if ft == "" {
			ft = t
		}
		typ = &postgres.UserDefinedType{T: ft, C: c.typtype}
	}
	switch c.typtype {
	case "d", "e":
		typ = &postgres.UserDefinedType{T: c.fmtype, C: c.typtype}
	}
	return typ, nil
}

var pgReArray = regexp.MustCompile(`(?i)(.+?)(( +ARRAY( *\[[ \d]*] *)*)+|( *\[[ \d]*] *)+)$`)

// pgArrayElem is Atlas's arrayType: the element type of an array type.
func pgArrayElem(t string) (string, bool) {
	m := pgReArray.FindStringSubmatch(t)
	if len(m) < 2 {
		return "", false
	}
	return strings.TrimSpace(m[1]), true
}

var pgReInterval = regexp.MustCompile(`(?i)(?:INTERVAL\s*)?(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND|YEAR TO MONTH|DAY TO HOUR|DAY TO MINUTE|DAY TO SECOND|HOUR TO MINUTE|HOUR TO SECOND|MINUTE TO SECOND)?\s*(?:\(([0-6])\))?$`)

func pgIntervalField(t string) (string, bool) {
	m := pgReInterval.FindStringSubmatch(t)
	if len(m) != 3 || m[1] == "" {
		return "", false
	}
	return m[1], true
}

// pgSerialSequence reads nextval('<optional (quoted) schema>.<sequence
// name>'::regclass) with a sequence named <table>_<column>_seq, as Atlas's
// pattern does, but for any name: Atlas's reads \w+ names only.
func pgSerialSequence(s string) (string, bool) {
	seq, ok := sqlsafe.Nextval(s)
	if !ok {
		return "", false
	}
	base, ok := strings.CutSuffix(seq, "_seq")
	i := strings.LastIndexByte(base, '_')
	return seq, ok && i > 0 && i < len(base)-1
}

// pgColumnDefault is Atlas's columnDefault: a nextval default of an
// integer column makes it serial, anything else is the default.
func pgColumnDefault(c *schema.Column, s string) {
	switch seq, serial := pgSerialSequence(s); {
	case serial:
		tt, ok := c.Type.Type.(*schema.IntegerType)
		if !ok {
			return
		}
		st := &postgres.SerialType{SequenceName: seq}
		st.SetType(tt)
		c.Type.Raw = st.T
		c.Type.Type = st
	default:
		c.Default = pgDefaultExpr(c.Type.Type, s)
	}
}

func pgDefaultExpr(t schema.Type, s string) schema.Expr {
	switch {
	case isLiteralBool(s), isLiteralNumber(s), isQuoted(s, '\''):
		return &schema.Literal{V: s}
	default:
		var x schema.Expr = &schema.RawExpr{X: s}
		if v, ok := pgCanConvert(t, s); ok {
			x = &schema.Literal{V: v}
		}
		return x
	}
}

func pgCanConvert(t schema.Type, x string) (string, bool) {
	i := strings.LastIndex(x, "::")
	if i == -1 || !isQuoted(x[:i], '\'') {
		return "", false
	}
	q := x[0:i]
	x = x[1 : i-1]
	switch t.(type) {
	case *schema.EnumType:
		return q, true
	case *schema.BoolType:
		if isLiteralBool(x) {
			return x, true
		}
	case *schema.DecimalType, *schema.IntegerType, *schema.FloatType:
		if isLiteralNumber(x) {
			return x, true
		}
	case *postgres.ArrayType, *schema.BinaryType, *schema.JSONType, *postgres.NetworkType, *schema.SpatialType,
		*schema.StringType, *schema.TimeType, *schema.UUIDType, *postgres.XMLType:
		return q, true
	}
	return "", false
}

// pgIndexStorage is Atlas's newIndexStorage.
func pgIndexStorage(opts string) (*postgres.IndexStorageParams, error) {
	params := &postgres.IndexStorageParams{}
	for _, p := range strings.Split(strings.Trim(opts, "{}"), ",") {
		kv := strings.Split(p, "=")
		if len(kv) != 2 {
			return nil, fmt.Errorf("invalid index storage parameter: %s", p)
		}
		switch kv[0] {
		case "autosummarize":
			b, err := strconv.ParseBool(kv[1])
			if err != nil {
				return nil, fmt.Errorf("failed parsing autosummarize %q: %w", kv[1], err)
			}
			params.AutoSummarize = b
		case "pages_per_range":
			i, err := strconv.ParseInt(kv[1], 10, 64)
			if err != nil {
				return nil, fmt.Errorf("failed parsing pages_per_range %q: %w", kv[1], err)
			}
			params.PagesPerRange = i
		}
	}
	return params, nil
}

// pgOpClassParams is Atlas's IndexOpClass.parseParams for the '{k=v}'
// form the catalog returns.
func pgOpClassParams(op *postgres.IndexOpClass, kv string) error {
	switch {
	case kv == "":
	case strings.HasPrefix(kv, "(") && strings.HasSuffix(kv, ")"), strings.HasPrefix(kv, "{") && strings.HasSuffix(kv, "}"):
		for _, e := range strings.Split(kv[1:len(kv)-1], ",") {
			if kv := strings.Split(strings.TrimSpace(e), "="); len(kv) == 2 {
				op.Params = append(op.Params, struct{ N, V string }{N: kv[0], V: kv[1]})
			}
		}
	default:
		return fmt.Errorf("postgres: unexpected operator class parameters format: %q", kv)
	}
	return nil
}

// isQuoted reports if s is quoted with one of the quotes q.
func isQuoted(s string, q ...byte) bool {
	last := len(s) - 1
	if last < 1 {
		return false
	}
Top:
	for _, quote := range q {
		if s[0] != quote || s[last] != quote {
			continue
		}
		for i := 1; i < last-1; i++ {
			switch c := s[i]; {
			case c == '\\', c == quote && s[i+1] == quote:
				i++
			case c == quote:
				continue Top
			}
		}
		return true
	}
	return false
}

func isLiteralBool(s string) bool {
	_, err := strconv.ParseBool(s)
	return err == nil
}

func isLiteralNumber(s string) bool {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		_, err := strconv.ParseUint(s[2:], 16, 64)
		return err == nil
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}
