namespace Anodyne.Web.Features.PublicSite;

/// <summary>
/// The built-in text of the public pages, written from ../shared/clinical (public-facts.md for the figures and the
/// wording of chronic migraine; protocols-and-safety.md for sessions, side effects and contraindications).
/// Nothing here claims a cure. An Administrator edits the pages afterwards; this is only the first version.
/// </summary>
public static class DefaultContent
{
    public sealed record Page(string Slug, string Language, string Title, string Markdown);

    public static readonly IReadOnlyList<Page> Pages =
    [
        new(PublicPages.Home, PublicLanguage.English, "Ketamine infusion for refractory chronic migraine", """
            We care for adults with **chronic migraine that has not improved enough with the usual treatments**.
            Chronic migraine means headache on 15 or more days a month, for more than three months, with migraine features on at least eight of those days.
            An estimated 4 million adults in the United States live with it.

            One option we offer, after a consultation with one of our physicians, is a supervised course of **low-dose intravenous ketamine**.
            It does not cure migraine. Some people have fewer or milder headache days for a while afterwards; others do not benefit.

            - [What ketamine infusion is](/info/ketamine-infusion)
            - [Who may be a candidate](/info/candidates)
            - [What a session is like](/info/what-to-expect)
            - [Safety and side effects](/info/safety)
            - [Questions](/info/faq)
            - [Address and hours](/info/visit)

            To ask for a consultation, use the [appointment request form](/request). For anything else, [write to us](/contact).
            """),
        new(PublicPages.Home, PublicLanguage.Spanish, "Infusión de ketamina para la migraña crónica refractaria", """
            Atendemos a adultos con **migraña crónica que no ha mejorado lo suficiente con los tratamientos habituales**.
            La migraña crónica es dolor de cabeza 15 o más días al mes, durante más de tres meses, con características de migraña al menos ocho de esos días.
            Se calcula que la padecen unos 4 millones de adultos en los Estados Unidos.

            Una de las opciones que ofrecemos, tras una consulta con uno de nuestros médicos, es un tratamiento supervisado con **ketamina intravenosa en dosis bajas**.
            No cura la migraña. Algunas personas tienen menos días de dolor, o más leves, durante un tiempo; otras no se benefician.

            - [Qué es la infusión de ketamina](/es/info/ketamine-infusion)
            - [Quién puede ser candidato](/es/info/candidates)
            - [Cómo es una sesión](/es/info/what-to-expect)
            - [Seguridad y efectos secundarios](/es/info/safety)
            - [Preguntas frecuentes](/es/info/faq)
            - [Dirección y horario](/es/info/visit)

            Para pedir una consulta, use el [formulario de solicitud de cita](/es/request). Para cualquier otra cosa, [escríbanos](/es/contact).
            """),
        new("ketamine-infusion", PublicLanguage.English, "What ketamine infusion is", """
            Ketamine is a medicine licensed as an anaesthetic. At much lower doses, given slowly into a vein, it has been used for headache that has not responded to other treatment.

            **What the studies show.** The evidence comes mainly from case series of patients treated in hospital. In one series of 61 patients who received about five days of continuous infusion, 77% had less pain when they left hospital; at follow-up visits about 38 and 101 days later, around 40% still had that benefit.
            These were not controlled trials, and a consensus guideline on ketamine for chronic pain rated the evidence for migraine as weak.

            **What it is not.** It is not a cure, and it does not replace preventive treatment. Benefit, when it comes, usually fades with time.

            Your physician will explain the plan proposed for you (in hospital or as a series of outpatient sessions) and what is known about it.
            """),
        new("ketamine-infusion", PublicLanguage.Spanish, "Qué es la infusión de ketamina", """
            La ketamina es un medicamento autorizado como anestésico. En dosis mucho más bajas, administrada lentamente por vena, se ha usado para el dolor de cabeza que no ha respondido a otros tratamientos.

            **Lo que muestran los estudios.** La evidencia procede sobre todo de series de casos de pacientes tratados en el hospital. En una serie de 61 pacientes que recibieron unos cinco días de infusión continua, el 77 % tenía menos dolor al salir del hospital; en las visitas de control, unos 38 y 101 días después, alrededor del 40 % mantenía esa mejoría.
            No fueron ensayos controlados, y una guía de consenso sobre ketamina en el dolor crónico consideró débil la evidencia para la migraña.

            **Lo que no es.** No es una cura ni sustituye al tratamiento preventivo. Cuando hay mejoría, suele disminuir con el tiempo.

            Su médico le explicará el plan que le propone (en el hospital o como una serie de sesiones ambulatorias) y lo que se sabe de él.
            """),
        new("candidates", PublicLanguage.English, "Who may be a candidate", """
            A physician decides with you, after a consultation, whether ketamine infusion is suitable. In general it may be considered for adults who:

            - have a diagnosis of chronic migraine (headache on 15 or more days a month), and
            - have tried several preventive treatments without enough improvement.

            It is usually **not suitable** if you have, for example: high blood pressure or heart disease that is not well controlled; a previous stroke; psychosis; severe liver disease; raised pressure in the head or in the eye (such as glaucoma); an active substance use problem; an allergy to ketamine; or if you are pregnant or breastfeeding.

            Please tell us about all your medicines. Some, such as thyroid hormones and certain blood pressure medicines, interact with ketamine.
            """),
        new("candidates", PublicLanguage.Spanish, "Quién puede ser candidato", """
            Un médico decide con usted, tras una consulta, si la infusión de ketamina es adecuada. En general puede considerarse en adultos que:

            - tienen un diagnóstico de migraña crónica (dolor de cabeza 15 o más días al mes), y
            - han probado varios tratamientos preventivos sin mejoría suficiente.

            Por lo general **no es adecuada** si tiene, por ejemplo: presión arterial alta o enfermedad del corazón mal controladas; un ictus previo; psicosis; enfermedad grave del hígado; presión elevada dentro de la cabeza o del ojo (como glaucoma); un problema activo de consumo de sustancias; alergia a la ketamina; o si está embarazada o dando el pecho.

            Infórmenos de todos sus medicamentos. Algunos, como las hormonas tiroideas y ciertos medicamentos para la presión, interactúan con la ketamina.
            """),
        new("what-to-expect", PublicLanguage.English, "What a session is like", """
            1. **Before.** A nurse checks your blood pressure, pulse and oxygen level and places a small tube (cannula) in a vein.
            2. **During.** Ketamine runs slowly through a pump. A nurse stays close, checks your vital signs often (every 15 minutes at first) and asks about pain, sleepiness and how you feel. The rate can be lowered at any time if you feel unwell.
            3. **After.** You rest until you have recovered and a nurse has checked you. You must go home with a responsible adult, and you should not drive for the rest of the day.

            Some plans are a series of outpatient sessions; others are a stay in hospital of about five days with a continuous infusion. Your physician will tell you which is proposed for you.
            """),
        new("what-to-expect", PublicLanguage.Spanish, "Cómo es una sesión", """
            1. **Antes.** Una enfermera le toma la presión, el pulso y el oxígeno y le coloca un tubo fino (cánula) en una vena.
            2. **Durante.** La ketamina pasa lentamente con una bomba. Una enfermera está cerca, controla a menudo sus constantes (cada 15 minutos al principio) y le pregunta por el dolor, el sueño y cómo se siente. La velocidad puede reducirse en cualquier momento si se encuentra mal.
            3. **Después.** Descansa hasta recuperarse y hasta que una enfermera le revise. Debe irse a casa con un adulto responsable y no conducir el resto del día.

            Algunos planes son una serie de sesiones ambulatorias; otros, un ingreso de unos cinco días con infusión continua. Su médico le dirá cuál le propone.
            """),
        new("safety", PublicLanguage.English, "Safety and side effects", """
            Side effects are common but, in the published headache series, they were mostly mild and improved when the dose was lowered. They include:

            - feeling "spacey", detached or dreamy; vivid dreams; less often, hallucinations;
            - blurred or double vision, and jerky eye movements;
            - sleepiness;
            - nausea or vomiting;
            - a rise in blood pressure and pulse.

            That is why you are monitored throughout and why medicines for nausea or blood pressure may be given. Serious effects are rare at these doses; staff trained to manage them are present at every session.

            Tell the nurse at once if you feel unwell. After a session, do not drive, and go home with a responsible adult.
            """),
        new("safety", PublicLanguage.Spanish, "Seguridad y efectos secundarios", """
            Los efectos secundarios son frecuentes pero, en las series publicadas sobre dolor de cabeza, fueron sobre todo leves y mejoraron al bajar la dosis. Entre ellos:

            - sensación de estar "en las nubes", desconectado o como soñando; sueños vívidos; con menos frecuencia, alucinaciones;
            - visión borrosa o doble, y movimientos rápidos de los ojos;
            - somnolencia;
            - náuseas o vómitos;
            - subida de la presión arterial y del pulso.

            Por eso se le vigila durante todo el tratamiento y pueden darse medicamentos para las náuseas o la presión. Los efectos graves son raros con estas dosis; en cada sesión hay personal formado para tratarlos.

            Avise enseguida a la enfermera si se encuentra mal. Después de una sesión, no conduzca y vuelva a casa con un adulto responsable.
            """),
        new("faq", PublicLanguage.English, "Questions", """
            **Will ketamine cure my migraine?**
            No. Some people have fewer or milder headache days for a time; others do not benefit. It is one option among others.

            **How long does the benefit last?**
            It varies. In one hospital series, around 40% still had less pain about one and about three months later.

            **Do I need a referral?**
            No, but a letter from your doctor helps us. You can attach one (PDF) to the appointment request.

            **Do I stop my other treatments?**
            Do not change any treatment without talking to your doctor.

            **Can I drive home?**
            No. Please come with an adult who can take you home.
            """),
        new("faq", PublicLanguage.Spanish, "Preguntas frecuentes", """
            **¿La ketamina curará mi migraña?**
            No. Algunas personas tienen menos días de dolor, o más leves, durante un tiempo; otras no se benefician. Es una opción entre otras.

            **¿Cuánto dura la mejoría?**
            Varía. En una serie hospitalaria, alrededor del 40 % seguía con menos dolor uno y tres meses después, aproximadamente.

            **¿Necesito una derivación?**
            No, pero una carta de su médico nos ayuda. Puede adjuntarla (PDF) a la solicitud de cita.

            **¿Debo dejar mis otros tratamientos?**
            No cambie ningún tratamiento sin hablar con su médico.

            **¿Puedo conducir de vuelta a casa?**
            No. Venga acompañado de un adulto que pueda llevarle a casa.
            """),
        new("visit", PublicLanguage.English, "Address and hours", """
            **Address:** to be completed by the clinic.

            **Opening hours:** to be completed by the clinic.

            **Telephone:** to be completed by the clinic.

            To ask for a consultation, use the [appointment request form](/request). We reply during opening hours.
            This site cannot handle emergencies: in an emergency, call your local emergency number.
            """),
        new("visit", PublicLanguage.Spanish, "Dirección y horario", """
            **Dirección:** pendiente de completar por la clínica.

            **Horario:** pendiente de completar por la clínica.

            **Teléfono:** pendiente de completar por la clínica.

            Para pedir una consulta, use el [formulario de solicitud de cita](/es/request). Respondemos en horario de apertura.
            Este sitio no atiende emergencias: ante una emergencia, llame al número de emergencias.
            """),
    ];
}
