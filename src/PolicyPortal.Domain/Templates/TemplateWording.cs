using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Domain.Templates;

/// <summary>The words that differ between the school and the college model templates, in the cases the text needs.</summary>
internal sealed record TemplateWording
{
    /// <summary>«колледж» / «школа».</summary>
    public required string Org { get; init; }
    /// <summary>«колледжа» / «школы».</summary>
    public required string OrgGenitive { get; init; }
    /// <summary>«колледже» / «школе» (after «в»).</summary>
    public required string OrgPrepositional { get; init; }
    /// <summary>«преподаватель» / «учитель».</summary>
    public required string Teacher { get; init; }
    /// <summary>«преподавателей» / «учителей».</summary>
    public required string TeachersGenitive { get; init; }
    /// <summary>«куратор учебной группы» / «классный руководитель».</summary>
    public required string Mentor { get; init; }
    /// <summary>«куратора учебной группы» / «классного руководителя».</summary>
    public required string MentorGenitive { get; init; }
    /// <summary>«куратором учебной группы» / «классным руководителем».</summary>
    public required string MentorInstrumental { get; init; }
    /// <summary>«учебной группы» / «класса».</summary>
    public required string GroupGenitive { get; init; }
    /// <summary>«учебные группы» / «классы».</summary>
    public required string GroupsPlural { get; init; }
    /// <summary>The parent's role as the regulation names it.</summary>
    public required string Parent { get; init; }
    /// <summary>Who the teachers talk to, nominative.</summary>
    public required string Participants { get; init; }
    /// <summary>The same after «с».</summary>
    public required string ParticipantsInstrumental { get; init; }
    /// <summary>The same after «до сведения».</summary>
    public required string ParticipantsGenitive { get; init; }
    /// <summary>The e-journal the template approves.</summary>
    public required string EJournal { get; init; }
    /// <summary>The deputy who supports the educational process and organises acknowledgement.</summary>
    public required string StudiesDeputy { get; init; }
    public required string MethodicalPosition { get; init; }

    public static TemplateWording For(InstitutionType type) => type == InstitutionType.School ? School : College;

    public static readonly TemplateWording College = new()
    {
        Org = "колледж",
        OrgGenitive = "колледжа",
        OrgPrepositional = "колледже",
        Teacher = "преподаватель",
        TeachersGenitive = "преподавателей",
        Mentor = "куратор учебной группы",
        MentorGenitive = "куратора учебной группы",
        MentorInstrumental = "куратором учебной группы",
        GroupGenitive = "учебной группы",
        GroupsPlural = "учебные группы",
        Parent = "родитель (законный представитель) несовершеннолетнего обучающегося",
        Participants = "обучающиеся и родители (законные представители) несовершеннолетних обучающихся",
        ParticipantsInstrumental = "обучающимися и родителями (законными представителями) несовершеннолетних обучающихся",
        ParticipantsGenitive = "обучающихся и родителей (законных представителей) несовершеннолетних обучающихся",
        EJournal = ServiceCatalog.Dnevnik,
        StudiesDeputy = "Заместитель директора по учебной работе",
        MethodicalPosition = "Методист",
    };

    public static readonly TemplateWording School = new()
    {
        Org = "школа",
        OrgGenitive = "школы",
        OrgPrepositional = "школе",
        Teacher = "учитель",
        TeachersGenitive = "учителей",
        Mentor = "классный руководитель",
        MentorGenitive = "классного руководителя",
        MentorInstrumental = "классным руководителем",
        GroupGenitive = "класса",
        GroupsPlural = "классы",
        Parent = "родитель (законный представитель) обучающегося",
        Participants = "обучающиеся и их родители (законные представители)",
        ParticipantsInstrumental = "обучающимися и их родителями (законными представителями)",
        ParticipantsGenitive = "обучающихся и их родителей (законных представителей)",
        EJournal = ServiceCatalog.Eljur,
        StudiesDeputy = "Заместитель директора по учебно-воспитательной работе",
        MethodicalPosition = "Заместитель директора по методической работе",
    };
}
