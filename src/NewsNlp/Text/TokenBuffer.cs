using System.Runtime.CompilerServices;

namespace NewsNlp.Text;

/// <summary>
/// A growable, reusable array of tokens: the tokenizer's output without a per-call allocation.
/// Not thread-safe; <see cref="ForCurrentThread"/> gives each thread its own.
/// </summary>
internal sealed class TokenBuffer
{
    /// <summary>Buffers larger than this are not kept between calls, so one huge article does not pin memory.</summary>
    private const int MaxRetainedCapacity = 1 << 18;

    [ThreadStatic]
    private static TokenBuffer? current;

    private Token[] items;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> tokens.</summary>
    public TokenBuffer(int capacity = 1024) => items = new Token[Math.Max(capacity, 16)];

    /// <summary>Number of tokens written.</summary>
    public int Count { get; private set; }

    /// <summary>The tokens written so far.</summary>
    public ReadOnlySpan<Token> Tokens => items.AsSpan(0, Count);

    /// <summary>The calling thread's buffer, cleared.</summary>
    public static TokenBuffer ForCurrentThread()
    {
        TokenBuffer buffer = current ??= new TokenBuffer(4096);
        if (buffer.items.Length > MaxRetainedCapacity)
        {
            buffer.items = new Token[4096];
        }

        buffer.Count = 0;
        return buffer;
    }

    /// <summary>Forgets the tokens, keeping the storage.</summary>
    public void Clear() => Count = 0;

    /// <summary>Makes room for at least <paramref name="capacity"/> tokens in total.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > items.Length)
        {
            Array.Resize(ref items, Math.Max(capacity, items.Length * 2));
        }
    }

    /// <summary>Appends a token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int start, int length, TokenKind kind)
    {
        int n = Count;
        Token[] array = items;
        if ((uint)n < (uint)array.Length)
        {
            array[n] = new Token(start, length, kind);
            Count = n + 1;
        }
        else
        {
            AddSlow(start, length, kind);
        }
    }

    /// <summary>The tokens as a new array of exactly <see cref="Count"/> elements.</summary>
    public Token[] ToArray() => Tokens.ToArray();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSlow(int start, int length, TokenKind kind)
    {
        EnsureCapacity(Count + 1);
        items[Count++] = new Token(start, length, kind);
    }
}
