// The surface syntax of Symbolic: one statement per input.
// No embedded actions, and no parse tree is kept (BuildParseTree is off): src/Symbolic.Parser/Syntax/AstBuilder.cs
// builds syntax records as each rule ends.
//
// Precedence, loosest first:  + -   <   * / and implicit multiplication   <   unary + -   <   ^ (**)   <   call
// Long sums and products are loops, and a run of signs is a flat list, so 100,000 terms never make a deep tree.
// Which juxtapositions are implicit multiplication (2x, 3(a+b), (a)(b)) and which are errors (x y, 2 3)
// is decided by a token scan before parsing (SyntaxParser), so the grammar accepts any primary after a factor.
grammar Symbolic;

statement
    : LET (IDENT | parameterList) ASSIGN expr EOF   # definition
    | expr EOF                                      # expressionStatement
    ;

parameterList
    : CALL_OPEN (IDENT (COMMA IDENT)*)? RPAREN
    ;

expr
    : term ((PLUS | MINUS) term)*
    ;

// A product: explicit * and /, or a bare power right after a factor (implicit multiplication).
term
    : signed ((STAR | SLASH) signed | power)*
    ;

signed
    : (PLUS | MINUS)* power
    ;

// Right-associative: the exponent may itself be signed and a power (2^-1, 2^3^2).
power
    : primary ((CARET | STARSTAR) signed | SUPERSCRIPT)?
    ;

primary
    : NUMBER                                # number
    | CALL_OPEN arguments? RPAREN           # call
    | IDENT                                 # identifier
    | LPAREN expr RPAREN                    # parenthesized
    | LBRACK items? RBRACK                  # vector
    ;

arguments
    : argument (COMMA argument)*
    ;

argument
    : (IDENT ASSIGN)? expr
    ;

items
    : expr (COMMA expr)*
    ;

LET      : 'let' ;
// A name directly followed by '(' (spaces allowed) opens a call: 'x (y)' is a call, never x*(y).
// One token keeps the grammar LL(1) here; as two tokens the call and 'identifier times (...)' would be
// ambiguous, and ANTLR's prediction would look ahead to the matching ')' at every level (quadratic).
CALL_OPEN : LETTER (LETTER | DIGIT | '_')* [ \t\r\n\f]* '(' ;
NUMBER   : DIGITS ('.' DIGITS?)? EXPONENT? | '.' DIGITS EXPONENT? ;
IDENT    : LETTER (LETTER | DIGIT | '_')* ;
STARSTAR : '**' ;
PLUS     : '+' ;
MINUS    : '-' | '\u2212' ;                          // U+2212 is the minus sign of typeset math
STAR     : '*' | '\u00D7' | '\u00B7' | '\u22C5' ;     // × · ⋅
SLASH    : '/' ;
CARET    : '^' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
COMMA    : ',' ;
ASSIGN   : '=' ;
SUPERSCRIPT : '\u207B'? [\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+ ;  // x² is x^2, x⁻¹ is x^-1
COMMENT  : '#' ~[\r\n]* -> skip ;
WS       : [ \t\r\n\f]+ -> skip ;
// Anything else is one token the parser reports with its position; the lexer itself never fails.
ERROR_CHAR : . ;

fragment DIGITS   : DIGIT+ ;
fragment DIGIT    : [0-9] ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment LETTER   : [\p{L}] ;
