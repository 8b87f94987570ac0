namespace NewsNlp.Text;

/// <summary>Hands out one small index per layer type, so a <see cref="Document"/> stores its layers in an array without knowing their types.</summary>
internal static class LayerSlot
{
    private static int count;

    /// <summary>How many layer types have been seen so far.</summary>
    public static int Count => Volatile.Read(ref count);

    /// <summary>The next free index.</summary>
    internal static int Next() => Interlocked.Increment(ref count) - 1;
}

/// <summary>The slot index of layer type <typeparamref name="TLayer"/>.</summary>
/// <typeparam name="TLayer">A layer type.</typeparam>
internal static class LayerSlot<TLayer>
    where TLayer : class
{
    /// <summary>The index, fixed for the life of the process.</summary>
    public static readonly int Index = LayerSlot.Next();
}
