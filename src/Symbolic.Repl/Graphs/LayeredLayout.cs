namespace Symbolic.Repl.Graphs;

/// <summary>
/// The layering and ordering half of a left-to-right layered drawing (Sugiyama's method): each node's layer is
/// its longest path from the inputs, an edge spanning several layers gets a dummy point in each layer between
/// (so it runs through reserved space, never through a box), and the order within each layer comes from
/// barycentre sweeps, keeping the order with the fewest crossings.
/// </summary>
internal sealed class LayeredLayout
{
    private const int Sweeps = 24;

    /// <summary>A box of the drawing or a dummy point of a long edge.</summary>
    public sealed class Slot(int layer, int node, int edge)
    {
        public int Layer { get; } = layer;
        /// <summary>The node this slot draws, or -1 for a dummy.</summary>
        public int Node { get; } = node;
        /// <summary>For a dummy, the edge it carries.</summary>
        public int Edge { get; } = edge;
        public List<Slot> Before { get; } = [];
        public List<Slot> After { get; } = [];
        public int Position { get; set; }
        public bool IsDummy => Node < 0;
    }

    private LayeredLayout(List<List<Slot>> layers, Slot[] nodeSlots, List<Slot>[] edgePaths)
    {
        Layers = layers;
        NodeSlots = nodeSlots;
        EdgePaths = edgePaths;
    }

    /// <summary>The slots of each layer, in drawing order (top to bottom).</summary>
    public List<List<Slot>> Layers { get; }

    /// <summary>The slot of each node.</summary>
    public Slot[] NodeSlots { get; }

    /// <summary>Each edge as its slots from source to target, dummies between.</summary>
    public List<Slot>[] EdgePaths { get; }

    /// <summary>Lays out <paramref name="nodeCount"/> nodes joined by <paramref name="edges"/> (source before target in node order).</summary>
    public static LayeredLayout Of(int nodeCount, IReadOnlyList<(int From, int To)> edges)
    {
        var layerOf = new int[nodeCount];
        foreach (var (from, to) in edges.OrderBy(e => e.To)) layerOf[to] = Math.Max(layerOf[to], layerOf[from] + 1);
        var layers = Enumerable.Range(0, nodeCount == 0 ? 0 : layerOf.Max() + 1).Select(_ => new List<Slot>()).ToList();
        var nodeSlots = new Slot[nodeCount];
        for (var n = 0; n < nodeCount; n++) layers[layerOf[n]].Add(nodeSlots[n] = new Slot(layerOf[n], n, -1));
        var paths = new List<Slot>[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var path = new List<Slot> { nodeSlots[edges[e].From] };
            for (var layer = layerOf[edges[e].From] + 1; layer < layerOf[edges[e].To]; layer++)
            {
                var dummy = new Slot(layer, -1, e);
                layers[layer].Add(dummy);
                path.Add(dummy);
            }
            path.Add(nodeSlots[edges[e].To]);
            for (var i = 1; i < path.Count; i++)
            {
                path[i - 1].After.Add(path[i]);
                path[i].Before.Add(path[i - 1]);
            }
            paths[e] = path;
        }
        var layout = new LayeredLayout(layers, nodeSlots, paths);
        layout.ReduceCrossings();
        return layout;
    }

    /// <summary>The number of pairs of segments that cross, between all adjacent layers.</summary>
    public int Crossings()
    {
        var total = 0;
        for (var l = 0; l + 1 < Layers.Count; l++)
        {
            var segments = Layers[l].SelectMany(s => s.After.Select(t => (s.Position, t.Position))).ToList();
            for (var i = 0; i < segments.Count; i++)
                for (var j = i + 1; j < segments.Count; j++)
                    if ((segments[i].Item1 - segments[j].Item1) * (segments[i].Item2 - segments[j].Item2) < 0) total++;
        }
        return total;
    }

    // Alternating sweeps: left to right each layer is sorted by the mean position of its slots' predecessors,
    // right to left by that of their successors; a slot without neighbours on that side keeps its place.
    private void ReduceCrossings()
    {
        Renumber();
        var best = Snapshot();
        var fewest = Crossings();
        for (var sweep = 0; sweep < Sweeps && fewest > 0; sweep++)
        {
            var forward = sweep % 2 == 0;
            for (var k = 1; k < Layers.Count; k++)
            {
                var layer = Layers[forward ? k : Layers.Count - 1 - k];
                var sorted = layer
                    .Select(s => (Slot: s, Key: Barycentre(forward ? s.Before : s.After, s.Position)))
                    .OrderBy(p => p.Key).ThenBy(p => p.Slot.Position).Select(p => p.Slot).ToList();
                layer.Clear();
                layer.AddRange(sorted);
                Renumber();
            }
            var crossings = Crossings();
            if (crossings < fewest) (fewest, best) = (crossings, Snapshot());
        }
        for (var l = 0; l < Layers.Count; l++)
        {
            Layers[l].Clear();
            Layers[l].AddRange(best[l]);
        }
        Renumber();
    }

    private static double Barycentre(List<Slot> neighbours, int current) =>
        neighbours.Count == 0 ? current : neighbours.Average(n => n.Position);

    private void Renumber()
    {
        foreach (var layer in Layers)
            for (var i = 0; i < layer.Count; i++) layer[i].Position = i;
    }

    private List<Slot[]> Snapshot() => Layers.Select(l => l.ToArray()).ToList();
}
