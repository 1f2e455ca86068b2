using PolicyPortal.Domain.Services;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>How the editor names the kinds of interaction a service offers.</summary>
public static class InteractionTitles
{
    public static string Of(Interaction interaction) => interaction switch
    {
        Interaction.Synchronous => "синхронное (звонки, видео)",
        Interaction.Asynchronous => "асинхронное (сообщения, файлы)",
        Interaction.Both => "синхронное и асинхронное",
        _ => "не указано",
    };
}
