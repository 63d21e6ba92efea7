package errs

// Tag SQL that would not stay one expression is refused at its field: a
// model must never run SQL of its own (issue 9).
type Fragments struct {
	ID    uint
	Check int    `gorm:"check:n > 0) ; DROP TABLE x"`          // want `field Check: check chk_fragments_check "n > 0\) " is not one SQL expression: "\)" closes a parenthesis`
	Def   string `gorm:"default:(1)) OR ((2"`                  // want `field Def: default .* is not one SQL expression: "\)" closes`
	Typ   string `gorm:"type:varchar(5)) --"`                  // want `field Typ: type "varchar\(5\)\) --" is not one SQL expression`
	Where int    `gorm:"index:i_where,where:x > 0) OR (1 = 1"` // want `field Where: index i_where where .* is not one SQL expression`
	Expr  int    `gorm:"index:i_expr,expression:lower(x)) /*"` // want `field Expr: index i_expr expression .* is not one SQL expression`
	Quote string `gorm:"default:'it\\'s'"`                     // want `field Quote: default .* is not one SQL expression: ' quote left open`
	Fine  int    `gorm:"check:fine > 0 AND (fine < 10);default:(1 + 2)"`
	Comma int    `gorm:"default:(1), extra int"` // want `field Comma: default .* "," outside parentheses`
}
