namespace Symbolic.Repl.Graphs;

/// <summary>An axis-aligned box: left, top, width, height.</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CentreY => Y + Height / 2;
    public Box Moved(double dy) => this with { Y = Y + dy };
    public bool Overlaps(Box other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}

/// <summary>
/// The coordinates half of the layered drawing: columns as wide as their widest box with gaps wide enough for the
/// edge labels between them, each layer's slots stacked without overlap and pulled towards their neighbours'
/// heights, edges as routes (a curve across each gap, a straight run through each column at a dummy's reserved
/// height), and each edge label in the gap before its target, spread so no two labels overlap.
/// </summary>
internal sealed class LayoutGeometry
{
    private const double Margin = 16, NodeGap = 22, DummyGap = 10, LabelGap = 4, BaseColumnGap = 56, Iterations = 12;

    private LayoutGeometry(Box[] nodes, List<(double X, double Y)>[] routes, Box?[] labels)
    {
        Nodes = nodes;
        Routes = routes;
        Labels = labels;
        var all = nodes.Concat(labels.OfType<Box>()).ToList();
        Width = all.Max(b => b.Right) + Margin;
        Height = all.Max(b => b.Bottom) + Margin;
    }

    /// <summary>Each node's box.</summary>
    public Box[] Nodes { get; }

    /// <summary>
    /// Each edge's route from its source's right side to its target's left side, as pairs of points: a straight run
    /// within a column (points 0–1, 2–3, …; a box's side to its column's side, or through a dummy's reserved height),
    /// then a curve across the gap to the next column (points 1–2, 3–4, …).
    /// </summary>
    public List<(double X, double Y)>[] Routes { get; }

    /// <summary>Each edge's label box, or null for an edge without a label.</summary>
    public Box?[] Labels { get; }

    public double Width { get; }
    public double Height { get; }

    public static LayoutGeometry Of(LayeredLayout layout, IReadOnlyList<(double Width, double Height)> nodeSizes,
        IReadOnlyList<(int From, int To)> edges, IReadOnlyList<(double Width, double Height)?> labelSizes)
    {
        var layers = layout.Layers;
        double SizeOf(LayeredLayout.Slot s) => s.IsDummy ? 0 : nodeSizes[s.Node].Height;
        double Separation(LayeredLayout.Slot a, LayeredLayout.Slot b) =>
            (SizeOf(a) + SizeOf(b)) / 2 + (a.IsDummy && b.IsDummy ? DummyGap : NodeGap);

        // Vertical: centres, stacked first, then pulled towards the mean of their neighbours' centres.
        var centre = new Dictionary<LayeredLayout.Slot, double>();
        foreach (var layer in layers)
        {
            var y = 0.0;
            for (var i = 0; i < layer.Count; i++)
            {
                if (i > 0) y += Separation(layer[i - 1], layer[i]);
                centre[layer[i]] = y;
            }
        }
        for (var iteration = 0; iteration < Iterations; iteration++)
            foreach (var layer in iteration % 2 == 0 ? layers : Enumerable.Reverse(layers))
            {
                var desired = layer.Select(s => s.Before.Concat(s.After).Select(n => centre[n]).DefaultIfEmpty(centre[s]).Average()).ToArray();
                var placed = Spread(desired, i => Separation(layer[i - 1], layer[i]));
                for (var i = 0; i < layer.Count; i++) centre[layer[i]] = placed[i];
            }

        // Horizontal: columns and gaps.
        var columnWidth = layers.Select(l => l.Where(s => !s.IsDummy).Select(s => nodeSizes[s.Node].Width).DefaultIfEmpty(0).Max()).ToArray();
        var gapWidth = new double[layers.Count];
        for (var e = 0; e < edges.Count; e++)
            if (labelSizes[e] is { } size)
            {
                var gap = layout.NodeSlots[edges[e].To].Layer - 1;
                gapWidth[gap] = Math.Max(gapWidth[gap], size.Width + 2 * LabelGap + 16);
            }
        var left = new double[layers.Count];
        for (var l = 0; l < layers.Count; l++)
            left[l] = l == 0 ? Margin : left[l - 1] + columnWidth[l - 1] + Math.Max(BaseColumnGap, gapWidth[l - 1]);

        var boxes = new Box[nodeSizes.Count];
        for (var n = 0; n < boxes.Length; n++)
        {
            var slot = layout.NodeSlots[n];
            var (w, h) = nodeSizes[n];
            boxes[n] = new Box(left[slot.Layer] + (columnWidth[slot.Layer] - w) / 2, centre[slot] - h / 2, w, h);
        }

        var routes = new List<(double X, double Y)>[edges.Count];
        var exitPorts = Ports(edges, boxes, layout, e => edges[e].From, e => centre[layout.EdgePaths[e][1]]);
        var entryPorts = Ports(edges, boxes, layout, e => edges[e].To, e => centre[layout.EdgePaths[e][^2]]);
        for (var e = 0; e < edges.Count; e++)
        {
            var path = layout.EdgePaths[e];
            var (from, to) = (boxes[edges[e].From], boxes[edges[e].To]);
            var route = new List<(double X, double Y)> { (from.Right, exitPorts[e]) };
            var fromColumnRight = left[path[0].Layer] + columnWidth[path[0].Layer];
            route.Add((fromColumnRight, exitPorts[e]));
            foreach (var dummy in path.Skip(1).SkipLast(1))
            {
                route.Add((left[dummy.Layer], centre[dummy]));
                route.Add((left[dummy.Layer] + columnWidth[dummy.Layer], centre[dummy]));
            }
            route.Add((left[path[^1].Layer], entryPorts[e]));
            route.Add((to.X, entryPorts[e]));
            routes[e] = route;
        }

        var labels = PlaceLabels(layout, edges, labelSizes, left, columnWidth, gapWidth, routes, boxes);

        // Everything moves down together so the topmost box or label starts at the margin.
        var top = boxes.Select(b => b.Y).Concat(labels.OfType<Box>().Select(b => b.Y)).Min();
        var shift = Margin - top;
        return new LayoutGeometry(
            boxes.Select(b => b.Moved(shift)).ToArray(),
            routes.Select(r => r.Select(p => (p.X, p.Y + shift)).ToList()).ToArray(),
            labels.Select(b => b?.Moved(shift)).ToArray());
    }

    // Positions as close to the desired ones as the order and separations allow: the lowest placement that keeps the
    // separations going down, the highest going up, and their mean (which keeps them too, the constraints being linear).
    private static double[] Spread(double[] desired, Func<int, double> separation)
    {
        var n = desired.Length;
        var down = new double[n];
        var up = new double[n];
        for (var i = 0; i < n; i++) down[i] = i == 0 ? desired[0] : Math.Max(desired[i], down[i - 1] + separation(i));
        for (var i = n - 1; i >= 0; i--) up[i] = i == n - 1 ? desired[i] : Math.Min(desired[i], up[i + 1] - separation(i + 1));
        return down.Zip(up, (a, b) => (a + b) / 2).ToArray();
    }

    // Several edges at one side of a box leave or enter at distinct heights, in the order of the other ends' heights.
    private static double[] Ports(IReadOnlyList<(int From, int To)> edges, Box[] boxes, LayeredLayout layout,
        Func<int, int> nodeOf, Func<int, double> otherEnd)
    {
        var ports = new double[edges.Count];
        foreach (var group in Enumerable.Range(0, edges.Count).GroupBy(nodeOf))
        {
            var ordered = group.OrderBy(otherEnd).ThenBy(e => e).ToList();
            var box = boxes[group.Key];
            for (var i = 0; i < ordered.Count; i++) ports[ordered[i]] = box.Y + box.Height * (i + 1) / (ordered.Count + 1);
        }
        return ports;
    }

    // Each label sits in the gap before its edge's target, centred in the gap, at the height where its edge crosses
    // the gap's middle; labels of one gap are spread apart like the slots of a layer.
    private static Box?[] PlaceLabels(LayeredLayout layout, IReadOnlyList<(int From, int To)> edges,
        IReadOnlyList<(double Width, double Height)?> sizes, double[] left, double[] columnWidth, double[] gapWidth,
        List<(double X, double Y)>[] routes, Box[] boxes)
    {
        var labels = new Box?[edges.Count];
        foreach (var gap in Enumerable.Range(0, edges.Count).Where(e => sizes[e] is not null).GroupBy(e => layout.NodeSlots[edges[e].To].Layer - 1))
        {
            var ordered = gap.Select(e => (Edge: e, Y: (routes[e][^2].Y + routes[e][^3].Y) / 2)).OrderBy(p => p.Y).ToList();
            var heights = ordered.Select(p => sizes[p.Edge]!.Value.Height).ToArray();
            var placed = Spread(ordered.Select(p => p.Y).ToArray(), i => (heights[i - 1] + heights[i]) / 2 + LabelGap);
            var gapLeft = left[gap.Key] + columnWidth[gap.Key];
            var gapCentre = gapLeft + Math.Max(BaseColumnGap, gapWidth[gap.Key]) / 2;
            for (var i = 0; i < ordered.Count; i++)
            {
                var (w, h) = sizes[ordered[i].Edge]!.Value;
                labels[ordered[i].Edge] = new Box(gapCentre - w / 2, placed[i] - h / 2, w, h);
            }
        }
        return labels;
    }
}
