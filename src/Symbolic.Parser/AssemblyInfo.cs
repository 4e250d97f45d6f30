// The ANTLR-generated parser marks its types [CLSCompliant(false)]; without an assembly-level attribute
// that is warning CS3021, which TreatWarningsAsErrors would turn into a build failure. The other warnings
// ANTLR's code can raise (0162, 0219, 1591, 419) are disabled by pragmas in the generated files themselves.
[assembly: System.CLSCompliant(false)]
// The REPL suggests the nearest name with the edit distance the function table uses.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Symbolic.Repl")]
