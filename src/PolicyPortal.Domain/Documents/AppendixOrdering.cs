namespace PolicyPortal.Domain.Documents;

/// <summary>Adds, removes and reorders appendices, keeping the directive items' «(Приложение N)» references pointing at the same appendix.</summary>
public static class AppendixOrdering
{
    public static void Add(DocumentContent content, Appendix appendix) => content.Appendices.Add(appendix);

    public static void Move(DocumentContent content, int index, int offset)
    {
        var target = index + offset;
        if (index < 0 || index >= content.Appendices.Count || target < 0 || target >= content.Appendices.Count)
        {
            return;
        }

        (content.Appendices[index], content.Appendices[target]) = (content.Appendices[target], content.Appendices[index]);
        foreach (var item in content.Items)
        {
            if (item.AppendixNumber == index + 1)
            {
                item.AppendixNumber = target + 1;
            }
            else if (item.AppendixNumber == target + 1)
            {
                item.AppendixNumber = index + 1;
            }
        }
    }

    /// <summary>Removes the appendix; items that referred to it lose the reference (the check then reports them).</summary>
    public static void Remove(DocumentContent content, int index)
    {
        if (index < 0 || index >= content.Appendices.Count)
        {
            return;
        }

        content.Appendices.RemoveAt(index);
        foreach (var item in content.Items)
        {
            if (item.AppendixNumber == index + 1)
            {
                item.AppendixNumber = null;
            }
            else if (item.AppendixNumber > index + 1)
            {
                item.AppendixNumber--;
            }
        }
    }
}
