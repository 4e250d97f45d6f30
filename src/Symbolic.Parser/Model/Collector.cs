using Symbolic.Numbers;

namespace Symbolic;

public abstract partial class Expr
{
    /// <summary>
    /// The scratch space of one sum or product being built: keys in first-seen order with merged values (a linear
    /// scan for the usual handful of operands, a dictionary once there are many, as in a sum of 100,000 terms), and
    /// the lists the factories fill from them.
    /// </summary>
    /// <remarks>
    /// Every sum and product the factories build used to allocate these lists anew, a handful of short-lived objects
    /// per node, which in a gradient or Hessian of a large function added up to more than the nodes themselves. One
    /// collector per thread and type is kept instead: <see cref="Rent"/> takes it (a factory called while another
    /// holds it, as a product's powers may multiply, gets a new one) and <see cref="Return"/> empties it and puts
    /// it back. One grown past <see cref="MaxKeptKeys"/> is dropped, so a huge sum does not pin its memory.
    /// </remarks>
    private sealed class Collector<T>
    {
        private const int ScanLimit = 8;
        private const int MaxKeptKeys = 1 << 12;

        [ThreadStatic] private static Collector<T>? idle;

        private Dictionary<Expr, int>? index;
        private bool indexed;

        public List<Expr> Keys { get; } = new(8);

        public List<T> Values { get; } = new(8);

        /// <summary>Per key, the term it came from while nothing has been merged into it (sums only).</summary>
        public List<Expr?> Originals { get; } = new(8);

        /// <summary>The terms a sum keeps, each with its entry (for the coefficient and the original), for sorting (sums only).</summary>
        public List<(Expr Term, int Entry)> Terms { get; } = new(8);

        /// <summary>The order of <see cref="Terms"/> (sums only), made once per collector by the factory that sorts them.</summary>
        public Comparison<(Expr Term, int Entry)>? TermOrder { get; set; }

        /// <summary>The factors a product keeps, for sorting (products only).</summary>
        public List<Expr> Factors { get; } = new(8);

        public int Count => Keys.Count;

        public static Collector<T> Rent()
        {
            var collector = idle ?? new Collector<T>();
            idle = null;
            return collector;
        }

        public void Return()
        {
            var keep = Keys.Count <= MaxKeptKeys && Terms.Count <= MaxKeptKeys && Factors.Count <= MaxKeptKeys;
            Keys.Clear();
            Values.Clear();
            Originals.Clear();
            Terms.Clear();
            Factors.Clear();
            if (indexed) index!.Clear();
            indexed = false;
            if (keep) idle = this;
        }

        /// <summary>Merges <paramref name="value"/> into <paramref name="key"/>'s entry, or adds one; returns the entry's index (<see cref="Count"/> - 1 for a new key).</summary>
        public int Merge(Expr key, T value, Func<T, T, T> merge)
        {
            var at = Find(key);
            if (at >= 0) { Values[at] = merge(Values[at], value); return at; }
            Keys.Add(key);
            Values.Add(value);
            if (indexed) index![key] = Keys.Count - 1;
            else if (Keys.Count > ScanLimit)
            {
                index ??= [];
                indexed = true;
                for (var i = 0; i < Keys.Count; i++) index[Keys[i]] = i;
            }
            return Keys.Count - 1;
        }

        private int Find(Expr key)
        {
            if (indexed) return index!.TryGetValue(key, out var i) ? i : -1;
            for (var i = 0; i < Keys.Count; i++)
                if (ReferenceEquals(Keys[i], key)) return i;
            return -1;
        }
    }
}
