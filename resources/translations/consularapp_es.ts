<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AcknowledgeDialog</name>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>%1: %2 problems</source>
            <translation>%1: %2 problemas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>&amp;Save acknowledgement</source>
            <translation>&amp;Guardar la revisión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>&amp;Why is this acceptable? (kept for whoever looks next)</source>
            <translation>¿&amp;Por qué es aceptable? (queda anotado para quien lo revise después)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>&amp;Withdraw acknowledgement</source>
            <translation>&amp;Retirar la revisión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>Acknowledge</source>
            <translation>Marcar como revisado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>Acknowledge a problem</source>
            <translation>Marcar un problema como revisado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>Acknowledge problems</source>
            <translation>Marcar problemas como revisados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>If the problem changes (a longer overlap, another time), it shows up again.</source>
            <translation>Si el problema cambia (una superposición más larga, otra hora), vuelve a aparecer.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>The problem</source>
            <translation>El problema</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>The problems</source>
            <translation>Los problemas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>Withdraw acknowledgement</source>
            <translation>Retirar la revisión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>e.g. Elena presents by phone from Houston.</source>
            <translation>p. ej., Elena presenta por teléfono desde Houston.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/acknowledge_dialog.py"></location>
            <source>…and %1 more of this kind, with the same reason.</source>
            <translation>…y %1 más de este tipo, con el mismo motivo.</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>&amp;Document:</source>
            <translation>&amp;Documento:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>&amp;Effective on:</source>
            <translation>&amp;En vigor desde:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>&amp;ID:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>&amp;US signatory:</source>
            <translation>Firmante por los EE. &amp;UU.:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>(does not renew another agreement)</source>
            <translation>(no renueva otro acuerdo)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>(not known yet)</source>
            <translation>(todavía no se sabe)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Add agreement</source>
            <translation>Agregar acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Agreement ID</source>
            <translation>ID del acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>C&amp;onsular signatory:</source>
            <translation>Firmante c&amp;onsular:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Computed expiry</source>
            <translation>Vencimiento calculado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Consu&amp;lates:</source>
            <translation>Consu&amp;lados:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Consular signatory</source>
            <translation>Firmante consular</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Document path or web address</source>
            <translation>Ruta del documento o dirección web</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Draft and negotiating are not in force; signed needs the signing date; terminated needs the date it ended.</source>
            <translation>Borrador y en negociación no están vigentes; firmado necesita la fecha de la firma; terminado necesita la fecha en que terminó.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>E&amp;xpires on:</source>
            <translation>&amp;Vence el:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Edit agreement %1</source>
            <translation>Editar el acuerdo %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Effective on (YYYY-MM-DD, blank: the signing date)</source>
            <translation>En vigor desde (AAAA-MM-DD; en blanco: la fecha de la firma)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Ended early on %1.</source>
            <translation>Terminó antes de tiempo el %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Expires %1 months after it takes effect (no signing or effective date yet).</source>
            <translation>Vence %1 meses después de entrar en vigor (todavía no tiene fecha de firma ni de entrada en vigor).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Expires on %1 (%2 months from %3).</source>
            <translation>Vence el %1 (%2 meses a partir del %3).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Expires on %1 (the date written in the document).</source>
            <translation>Vence el %1 (la fecha escrita en el documento).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Expires on (YYYY-MM-DD; blank: computed from the term)</source>
            <translation>Vence el (AAAA-MM-DD; en blanco: se calcula con la vigencia)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Kind of agreement</source>
            <translation>Tipo de acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Leave blank when it takes effect on signing.</source>
            <translation>Déjelo en blanco si entra en vigor al firmarse.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>No sunset date: once signed it is open-ended, reviewed every %1 years.</source>
            <translation>Sin fecha de término: una vez firmado, su vigencia es indefinida y se revisa cada %1 años.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>O&amp;ffices (agency side):</source>
            <translation>O&amp;ficinas (por las agencias):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Once signed, it supersedes %1.</source>
            <translation>Una vez firmado, reemplaza a %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Only for an agreement ended early (state Terminated).</source>
            <translation>Solo para un acuerdo terminado antes de tiempo (situación Terminado).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Only when the document names a last day; otherwise leave blank and the term gives it.</source>
            <translation>Solo si el documento indica un último día; si no, déjelo en blanco y la vigencia lo determina.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Path or web address of the signed text</source>
            <translation>Ruta o dirección web del texto firmado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Rene&amp;ws:</source>
            <translation>Renuev&amp;a:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>S&amp;tate:</source>
            <translation>&amp;Situación:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Si&amp;gned on:</source>
            <translation>Fir&amp;mado el:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Signed on (YYYY-MM-DD)</source>
            <translation>Firmado el (AAAA-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Signing a renewal supersedes the agreement it renews.</source>
            <translation>Firmar una renovación reemplaza el acuerdo que renueva.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>State of the record</source>
            <translation>Situación del registro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Suggested from the first office, the consulate's country and the year; letters, digits, '-', '_' or '.'</source>
            <translation>Propuesto a partir de la primera oficina, el país del consulado y el año; letras, dígitos, '-', '_' o '.'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Te&amp;rm:</source>
            <translation>Vigen&amp;cia:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Ter&amp;minated on:</source>
            <translation>Te&amp;rminado el:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Term in months (none: no sunset date)</source>
            <translation>Vigencia en meses (ninguna: sin fecha de término)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Terminated on (YYYY-MM-DD)</source>
            <translation>Terminado el (AAAA-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>The agreement this one renews</source>
            <translation>El acuerdo que este renueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>The agreement was not saved</source>
            <translation>No se guardó el acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>The expiry is not a date yet: write it as YYYY-MM-DD.</source>
            <translation>El vencimiento todavía no es una fecha: escríbalo como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Type a name or a consulate</source>
            <translation>Escriba un nombre o un consulado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Type a name or an office</source>
            <translation>Escriba un nombre o una oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>Type to search agreements</source>
            <translation>Escriba para buscar acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>US signatory</source>
            <translation>Firmante por los EE. UU.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>[no longer there]</source>
            <translation>[ya no existe]</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>consulates</source>
            <translation>consulados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>e.g. WHD-CHI-MX-2026</source>
            <translation>p. ej., WHD-CHI-MX-2026</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>none (no sunset)</source>
            <translation>ninguna (sin vencimiento)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>offices</source>
            <translation>oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>⚠ A term of %1 months from %2 ends on %3, not %4: correct one of them or leave the expiry blank.</source>
            <translation>⚠ Una vigencia de %1 meses a partir del %2 termina el %3, no el %4: corrija uno de los dos datos o deje en blanco el vencimiento.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agreement_dialog.py"></location>
            <source>⚠ Expires on %1, before it takes effect (%2).</source>
            <translation>⚠ Vence el %1, antes de entrar en vigor (%2).</translation>
        </message>
    </context>
    <context>
        <name>AgreementsModel</name>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Consulates</source>
            <translation>Consulados</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Days left</source>
            <translation>Días restantes</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Effective</source>
            <translation>En vigor desde</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Expires</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Last day in force: %1</source>
            <translation>Último día de vigencia: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Next periodic review: %1</source>
            <translation>Próxima revisión periódica: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Offices</source>
            <translation>Oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Renewed by</source>
            <translation>Renovado por</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Renewed by %1</source>
            <translation>Renovado por %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Renews</source>
            <translation>Renueva</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>ended %1</source>
            <translation>terminó el %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreements_model.py"></location>
            <source>no days left to count</source>
            <translation>no quedan días que contar</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPage</name>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>&amp;Table</source>
            <translation>&amp;Tabla</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Agreement views</source>
            <translation>Vistas de los acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Partner &amp;matrix</source>
            <translation>Matri&amp;z de alianzas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Re&amp;ports owed</source>
            <translation>Informes &amp;pendientes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Time&amp;line</source>
            <translation>Cr&amp;onología</translation>
        </message>
    </context>
    <context>
        <name>AgreementsTab</name>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n agreement(s) shown of %1</source>
            <translation>
                <numerusform>%n acuerdo visible de %1</numerusform>
                <numerusform>%n acuerdos visibles de %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>&amp;Renew…</source>
            <translation>Re&amp;novar…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>(%n month(s) from %1)</source>
            <translation>
                <numerusform>(%n mes a partir del %1)</numerusform>
                <numerusform>(%n meses a partir del %1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>(this one)</source>
            <translation>(este)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>A&amp;gency:</source>
            <translation>Agen&amp;cia:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>All agencies</source>
            <translation>Todas las agencias</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>All regions</source>
            <translation>Todas las regiones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>All statuses</source>
            <translation>Todos los estados del acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Consular signatory</source>
            <translation>Firmante consular</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Consulates</source>
            <translation>Consulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Create a draft renewal of the selected agreement (Ctrl+R)</source>
            <translation>Crear un borrador de renovación del acuerdo seleccionado (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Created the draft %1 renewing %2. Fill in its dates when it is signed.</source>
            <translation>Se creó el borrador %1, que renueva %2. Complete sus fechas cuando se firme.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>E&amp;xpiring within:</source>
            <translation>Venci&amp;miento en:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Effective on</source>
            <translation>En vigor desde</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Expires on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Filter by agency</source>
            <translation>Filtrar por agencia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Filter by region</source>
            <translation>Filtrar por región</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Filter by status</source>
            <translation>Filtrar por estado del acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Filter by the office's US state</source>
            <translation>Filtrar por el estado de los EE. UU. de la oficina</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>In force (any)</source>
            <translation>Vigente (cualquiera)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Next review</source>
            <translation>Próxima revisión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>No agreements yet. Add one (Add…) or import them from a workbook (File menu).</source>
            <translation>Todavía no hay acuerdos. Agregue uno (Agregar…) o impórtelos desde un libro (menú Archivo).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Offi&amp;ce state:</source>
            <translation>Estado de la o&amp;ficina:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Offices</source>
            <translation>Oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Regi&amp;on:</source>
            <translation>Regi&amp;ón:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Renew the selected agreement</source>
            <translation>Renovar el acuerdo seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Renewal history</source>
            <translation>Historial de renovaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Search ID, office, consulate, kind, status…</source>
            <translation>Buscar ID, oficina, consulado, tipo, estado…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Select an agreement to see its parties, signatories, dates and renewal history.</source>
            <translation>Seleccione un acuerdo para ver sus partes, firmantes, fechas e historial de renovaciones.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Show only agreements in force that expire within this many days (0: any time)</source>
            <translation>Mostrar solo los acuerdos vigentes que vencen en esta cantidad de días (0: en cualquier momento)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Signed on</source>
            <translation>Firmado el</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Stat&amp;us:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>State</source>
            <translation>Situación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Term</source>
            <translation>Vigencia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Terminated on</source>
            <translation>Terminado el</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>The filters hide the draft; it opens in the editor now.</source>
            <translation>Los filtros ocultan el borrador; se abre ahora en el editor.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>US signatory</source>
            <translation>Firmante por los EE. UU.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>agreement %1</source>
            <translation>acuerdo %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>any time</source>
            <translation>en cualquier momento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>ended %1</source>
            <translation>terminó el %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>last day %1</source>
            <translation>último día: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>no dates yet</source>
            <translation>todavía sin fechas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source> (moved to %1)</source>
            <translation> (movida al %1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>%1 — %2 at %3</source>
            <translation>%1 — %2 en %3</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>&amp;Role:</source>
            <translation>&amp;Función:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>A series: on every occurrence, or only on the one chosen (its shift, if any, on that day)</source>
            <translation>Una serie: en todas las sesiones, o solo en la elegida (su turno, si lo hay, ese día)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>A&amp;ssign</source>
            <translation>A&amp;signar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Also list people of other offices and consulates, and people without a membership on the event's day.</source>
            <translation>Mostrar también a personas de otras oficinas y consulados, y a quienes no tienen adscripción el día del evento.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Assign staff</source>
            <translation>Asignar personal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Best first: people of the offices taking part, speaking the needed languages, free at that time.</source>
            <translation>Primero, las más adecuadas: personas de las oficinas participantes, que hablan los idiomas necesarios y están libres a esa hora.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Edit assignment</source>
            <translation>Editar la asignación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Every occurrence (the series)</source>
            <translation>Todas las sesiones (la serie)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Find a person</source>
            <translation>Buscar a una persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Name, organization or language</source>
            <translation>Nombre, organización o idioma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Nobody is in the directory yet.</source>
            <translation>Todavía no hay nadie en el directorio.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Nobody of the offices taking part is a member on the event's day. Tick “Show everyone” to choose someone else.</source>
            <translation>Nadie de las oficinas participantes está adscrito el día del evento. Marque «Mostrar a todas las personas» para elegir a alguien más.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Occurrence</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Only a shif&amp;t, not the whole event</source>
            <translation>Solo &amp;un turno, no todo el evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Only a shift, not the whole event</source>
            <translation>Solo un turno, no todo el evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>People who could staff the event</source>
            <translation>Personas que podrían atender el evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Person: %1</source>
            <translation>Persona: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>S&amp;hift (venue time):</source>
            <translation>&amp;Horario del turno (hora local del lugar):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Shift date, at the venue</source>
            <translation>Fecha del turno, en el lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Shift end, venue time</source>
            <translation>Fin del turno, hora local del lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Shift start, venue time</source>
            <translation>Inicio del turno, hora local del lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Show &amp;everyone</source>
            <translation>Mostrar a &amp;todas las personas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>Show everyone, not only the offices taking part</source>
            <translation>Mostrar a todas las personas, no solo las de las oficinas participantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/assign_dialog.py"></location>
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
    <context>
        <name>AttentionBanner</name>
        <message>
            <location filename="../../ui/widgets/banner.py"></location>
            <source>Attention</source>
            <translation>Atención</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/banner.py"></location>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/banner.py"></location>
            <source>Dismiss this message</source>
            <translation>Descartar este mensaje</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/banner.py"></location>
            <source>Show on the dash&amp;board</source>
            <translation>Ir al ta&amp;blero</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/banner.py"></location>
            <source>Show what needs attention on the dashboard</source>
            <translation>Ver en el tablero lo que requiere atención</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/banner.py"></location>
            <source>What needs attention</source>
            <translation>Lo que requiere atención</translation>
        </message>
    </context>
    <context>
        <name>AttentionModel</name>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Double-click or press Enter to open it.</source>
            <translation>Haga doble clic o pulse Entrar para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Parties or name</source>
            <translation>Partes o nombre</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>agreement</source>
            <translation>acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>consulate</source>
            <translation>consulado</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>office</source>
            <translation>oficina</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>&amp;As of:</source>
            <translation>Al &amp;día:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>&amp;Campaign:</source>
            <translation>&amp;Campaña:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>&amp;Save calendar</source>
            <translation>&amp;Guardar el calendario</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>A person's calendar holds their shifts; “changes since the last release” is for partners' calendars.</source>
            <translation>El calendario de una persona contiene sus turnos; «cambios desde la última versión» es para los calendarios de las organizaciones aliadas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Agreement &amp;deadlines</source>
            <translation>&amp;Plazos de los acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Agreement deadlines</source>
            <translation>Plazos de los acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>As of &amp;release:</source>
            <translation>Según la &amp;versión:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>As of the la&amp;test release</source>
            <translation>Según la ú&amp;ltima versión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>C&amp;urrent schedule</source>
            <translation>Programa act&amp;ual</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Calendar files (*.ics);;All files (*)</source>
            <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Choose the file</source>
            <translation>Elegir el archivo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Consulate</source>
            <translation>Consulado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Deadlines as of</source>
            <translation>Plazos al día</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Export calendar</source>
            <translation>Exportar el calendario</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Exporting the calendar…</source>
            <translation>Exportando el calendario…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Fil&amp;e:</source>
            <translation>Arc&amp;hivo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>File to write</source>
            <translation>Archivo que se escribirá</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Labor Rights &amp;Week schedule</source>
            <translation>Programa de la &amp;Semana de Derechos Laborales</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Labor Rights Week %1 (%n event(s))</source>
            <translation>
                <numerusform>Semana de Derechos Laborales %1 (%n evento)</numerusform>
                <numerusform>Semana de Derechos Laborales %1 (%n eventos)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Language of the calendar</source>
            <translation>Idioma del calendario</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Nothing has been published for this campaign yet, so there is no release to export, and “changes since the last release” holds every event.</source>
            <translation>Todavía no se ha publicado nada de esta campaña, así que no hay ninguna versión que exportar, y «cambios desde la última versión» contiene todos los eventos.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>One &amp;person's shifts:</source>
            <translation>Los &amp;turnos de una persona:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>One c&amp;onsulate's events:</source>
            <translation>Los eventos de un c&amp;onsulado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>One o&amp;ffice's events:</source>
            <translation>Los eventos de una o&amp;ficina:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Only c&amp;hanges since the last release</source>
            <translation>Solo los ca&amp;mbios desde la última versión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Release</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Release %1 (%2%3)</source>
            <translation>Versión %1 (%2%3)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Renewal windows, expiries and periodic reviews of the agreements in force on that day, with reminders 30 and 7 days before.</source>
            <translation>Periodos de renovación, vencimientos y revisiones periódicas de los acuerdos vigentes ese día, con recordatorios 30 y 7 días antes.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Save the calendar as</source>
            <translation>Guardar el calendario como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Schedule</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Scope:</source>
            <translation>Alcance:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>The whole campaig&amp;n</source>
            <translation>Toda la campañ&amp;a</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Version:</source>
            <translation>Versión:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/calendar_dialog.py"></location>
            <source>Wrote %n event(s) to %1</source>
            <translation>
                <numerusform>Se escribió %n evento en %1</numerusform>
                <numerusform>Se escribieron %n eventos en %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>%1 (%n event(s))</source>
            <translation>
                <numerusform>%1 (%n evento)</numerusform>
                <numerusform>%1 (%n eventos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>%n staff assignment(s) copied.</source>
            <translation>
                <numerusform>Se copió %n asignación de personal.</numerusform>
                <numerusform>Se copiaron %n asignaciones de personal.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>&amp;First day:</source>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>&amp;Last day:</source>
            <translation>Ú&amp;ltimo día:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>&amp;Year:</source>
            <translation>&amp;Año:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>A campaign keeps its year; copy it to another year instead.</source>
            <translation>Una campaña conserva su año; cópiela a otro año.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Also copy &amp;cancelled events</source>
            <translation>Copiar también los eventos &amp;cancelados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Also copy cancelled events</source>
            <translation>Copiar también los eventos cancelados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Also copy the staff &amp;assignments</source>
            <translation>Copiar también las &amp;asignaciones de personal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Also copy the staff assignments</source>
            <translation>Copiar también las asignaciones de personal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copied %n event(s) from %1 to %2.</source>
            <translation>
                <numerusform>Se copió %n evento de %1 a %2.</numerusform>
                <numerusform>Se copiaron %n eventos de %1 a %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copies every event to the same weekday and the same local time of the new week, at the same venue, with the same offices, languages and needs. The new campaign must have no events yet.</source>
            <translation>Copia cada evento al mismo día de la semana y a la misma hora local de la nueva semana, en el mismo lugar, con las mismas oficinas, idiomas y necesidades. La nueva campaña todavía no debe tener eventos.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copy &amp;from:</source>
            <translation>Copiar &amp;desde:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copy &amp;to year:</source>
            <translation>Copiar al a&amp;ño:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copy and &amp;save</source>
            <translation>Copiar y &amp;guardar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copy from</source>
            <translation>Copiar desde</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copy last year's plan</source>
            <translation>Copiar el plan del año pasado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Copy to year</source>
            <translation>Copiar al año</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Edit Labor Rights Week %1</source>
            <translation>Editar la Semana de Derechos Laborales %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Labor Rights Week runs Monday to Friday of the week before Labor Day: %1 to %2.</source>
            <translation>La Semana de Derechos Laborales va de lunes a viernes de la semana anterior al Día del Trabajo: %1 a %2.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Left out:</source>
            <translation>Se omitió:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>New Labor Rights Week campaign</source>
            <translation>Nueva campaña de la Semana de Derechos Laborales</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>No campaign has events to copy</source>
            <translation>Ninguna campaña tiene eventos que copiar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Nothing was left out.</source>
            <translation>No se omitió nada.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Only people with a membership in force on the new event's day are copied; the others are listed afterwards.</source>
            <translation>Solo se copian las personas con una adscripción vigente el día del nuevo evento; las demás se enumeran después.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Theme (&amp;English):</source>
            <translation>Lema (&amp;inglés):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Theme (Spa&amp;nish):</source>
            <translation>Lema (espa&amp;ñol):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Theme in English</source>
            <translation>Lema en inglés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Theme in Spanish</source>
            <translation>Lema en español</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>What was copied</source>
            <translation>Lo que se copió</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>e.g. Your work has value. Know your rights.</source>
            <translation>p. ej., Your work has value. Know your rights.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/campaign_dialog.py"></location>
            <source>p. ej. Tu trabajo tiene valor.</source>
            <translation>p. ej., Tu trabajo tiene valor.</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Chosen %1</source>
            <translation>Elegidas: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Chosen (%1): %2</source>
            <translation>Elegidas (%1): %2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Filter %1</source>
            <translation>Filtrar %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>None chosen yet.</source>
            <translation>Todavía no se eligió nada.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Space ticks or unticks the current line</source>
            <translation>La barra espaciadora marca o desmarca la línea actual</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Type to filter %1</source>
            <translation>Escriba para filtrar %1</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>%1 acknowledged (hidden)</source>
            <translation>%1 revisados (ocultos)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>%1 acknowledged (shown)</source>
            <translation>%1 revisados (visibles)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>%1 listed with these filters</source>
            <translation>%1 en la lista con estos filtros</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>(checking…)</source>
            <translation>(revisando…)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Ac&amp;knowledge all %1…</source>
            <translation>&amp;Marcar los %1 como revisados…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Ac&amp;knowledge…</source>
            <translation>&amp;Marcar como revisado…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Accept the problem, or every problem of the chosen kind, with a reason; it is hidden until it changes.</source>
            <translation>Acepta el problema, o todos los problemas del tipo elegido, con un motivo; queda oculto hasta que cambie.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Acknowledge every problem of the chosen kind</source>
            <translation>Marcar como revisados todos los problemas del tipo elegido</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Acknowledge the selected problem</source>
            <translation>Marcar como revisado el problema seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Acknowledge…</source>
            <translation>Marcar como revisado…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>All consulates</source>
            <translation>Todos los consulados</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>All offices</source>
            <translation>Todas las oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Change acknowledgement…</source>
            <translation>Cambiar la revisión…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Errors and warnings</source>
            <translation>Errores y advertencias</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Errors only</source>
            <translation>Solo errores</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>No planning problems found.</source>
            <translation>No se encontraron problemas de planificación.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Planning problems</source>
            <translation>Problemas de planificación</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Planning problems, by kind</source>
            <translation>Problemas de planificación, por tipo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Problems found</source>
            <translation>Problemas encontrados</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Show acknowledged</source>
            <translation>Mostrar los revisados</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Show acknowledged problems</source>
            <translation>Mostrar los problemas revisados</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Show problems of severity</source>
            <translation>Mostrar los problemas de gravedad</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Show problems of the consulate</source>
            <translation>Mostrar los problemas del consulado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Show problems of the office</source>
            <translation>Mostrar los problemas de la oficina</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>Warnings only</source>
            <translation>Solo advertencias</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/conflicts_panel.py"></location>
            <source>of %n kind(s)</source>
            <translation>
                <numerusform>de %n tipo</numerusform>
                <numerusform>de %n tipos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsulateDialog</name>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>&amp;ID:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>&amp;Jurisdiction:</source>
            <translation>&amp;Circunscripción:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>&amp;Type:</source>
            <translation>Tip&amp;o:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Add consulate</source>
            <translation>Agregar consulado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Addr&amp;ess:</source>
            <translation>Dir&amp;ección:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>An IANA time zone name; type part of it to search</source>
            <translation>Un nombre de zona horaria IANA; escriba una parte para buscarlo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Cit&amp;y:</source>
            <translation>Ciu&amp;dad:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Consulate ID</source>
            <translation>ID del consulado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Consulate type</source>
            <translation>Tipo de consulado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>E&amp;mail:</source>
            <translation>Correo e&amp;lectrónico:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Edit consulate %1</source>
            <translation>Editar el consulado %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Jurisdiction</source>
            <translation>Circunscripción</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Not stated</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>St&amp;ate:</source>
            <translation>Est&amp;ado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>States or counties served</source>
            <translation>Estados o condados que atiende</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>The consulate's stable ID: letters, digits, '-', '_' or '.'</source>
            <translation>El ID estable del consulado: letras, dígitos, '-', '_' o '.'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>Where this record comes from</source>
            <translation>De dónde proviene este registro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/consulate_dialog.py"></location>
            <source>e.g. MX-CHICAGO</source>
            <translation>p. ej., MX-CHICAGO</translation>
        </message>
    </context>
    <context>
        <name>ConsulatesModel</name>
        <message>
            <location filename="../../ui/models/consulates_model.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/models/consulates_model.py"></location>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/models/consulates_model.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/consulates_model.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/models/consulates_model.py"></location>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>ConsulatesTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n consulate(s) shown of %1</source>
            <translation>
                <numerusform>%n consulado visible de %1</numerusform>
                <numerusform>%n consulados visibles de %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Co&amp;untry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Consul</source>
            <translation>Cónsul</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Consulates</source>
            <translation>Consulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>End the leaving liaison's membership on a day and start the new one's the day after; both stay in the history.</source>
            <translation>Terminar la adscripción del enlace que se va en un día y empezar la del nuevo enlace al día siguiente; ambas quedan en el historial.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by country</source>
            <translation>Filtrar por país</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by state</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>In post now</source>
            <translation>En el puesto ahora</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Jurisdiction</source>
            <translation>Circunscripción</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Liaison</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Liaison replaced at %1.</source>
            <translation>Enlace reemplazado en %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Nobody: everyone on record has left, or nobody was ever recorded. Replace liaison… adds the person in post now.</source>
            <translation>Nadie: todas las personas registradas se fueron, o nunca se registró a nadie. «Reemplazar enlace…» agrega a la persona que ocupa el puesto ahora.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Replace &amp;liaison…</source>
            <translation>Reempla&amp;zar enlace…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Replace the liaison of the selected consulate</source>
            <translation>Reemplazar el enlace del consulado seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>S&amp;tate:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Select a consulate to see its details, where it comes from and how sure that is.</source>
            <translation>Seleccione un consulado para ver sus datos, su origen y qué tan confiable es.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>consulate %1</source>
            <translation>consulado %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>since %1</source>
            <translation>desde el %1</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>&amp;As of:</source>
            <translation>Al &amp;día:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>&amp;Open</source>
            <translation>Ab&amp;rir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Agreements by status</source>
            <translation>Acuerdos por estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Agreements page</source>
            <translation>Página Acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Agreements: %1</source>
            <translation>Acuerdos: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>As of date</source>
            <translation>Fecha de consulta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Back to today</source>
            <translation>Volver a hoy</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Dashboard</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Details of the selected item</source>
            <translation>Detalles del elemento seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Directory, consulates</source>
            <translation>Directorio, consulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Directory, offices</source>
            <translation>Directorio, oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Double-click an item or press Enter to open it. Expiring: %1 days or fewer left; renewal due: %2 days or fewer; open-ended agreements are reviewed every %3 years.</source>
            <translation>Haga doble clic en un elemento o pulse Entrar para abrirlo. Por vencer: quedan %1 días o menos; renovación pendiente: %2 días o menos; los acuerdos sin vencimiento se revisan cada %3 años.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>For %1, %2: %3</source>
            <translation>Para %1, %2: %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>How to use this list</source>
            <translation>Cómo usar esta lista</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Items that need attention</source>
            <translation>Elementos que requieren atención</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Liaison recorded at %1.</source>
            <translation>Enlace registrado en %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Look at the agreements as they stand on another day (planning ahead, or checking what a report said).</source>
            <translation>Consulte los acuerdos tal como están otro día (para planificar o para comprobar lo que decía un informe).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Most urgent first; Enter opens the item</source>
            <translation>Lo más urgente primero; Entrar abre el elemento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>No agreement expires or needs renewing soon.</source>
            <translation>Ningún acuerdo vence ni necesita renovarse pronto.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Nothing needs attention</source>
            <translation>Nada requiere atención</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Nothing needs attention for %1 on %2.</source>
            <translation>Nada requiere atención para %1 al %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Open the selected item</source>
            <translation>Abrir el elemento seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Opens in</source>
            <translation>Se abre en</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Parties</source>
            <translation>Partes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Record who is in post at the consulate now.</source>
            <translation>Registre quién ocupa ahora el puesto en el consulado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Replace &amp;liaison…</source>
            <translation>Reempla&amp;zar enlace…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Replace the liaison of the selected consulate</source>
            <translation>Reemplazar el enlace del consulado seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Select an item to see it in full; Enter or double-click opens it.</source>
            <translation>Seleccione un elemento para verlo completo; Entrar o doble clic lo abre.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>What needs attention</source>
            <translation>Lo que requiere atención</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>on %1</source>
            <translation>al %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py"></location>
            <source>today</source>
            <translation>hoy</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>A date as YYYY-MM-DD; leave blank for none.</source>
            <translation>Una fecha como AAAA-MM-DD; déjela en blanco si no hay ninguna.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Calendar…</source>
            <translation>Calendario…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Choose the date on a calendar</source>
            <translation>Elegir la fecha en un calendario</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>Clear the date</source>
            <translation>Borrar la fecha</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Community partners</source>
            <translation>Organizaciones comunitarias</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Consulates</source>
            <translation>Consulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Directory</source>
            <translation>Directorio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Directory tables</source>
            <translation>Tablas del directorio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Offices</source>
            <translation>Oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Where this record comes from</source>
            <translation>De dónde proviene este registro</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>%1 date, at the venue</source>
            <translation>%1: fecha, en el lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>%1 is not a date YYYY-MM-DD</source>
            <translation>%1 no es una fecha AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>%1 time, at the venue</source>
            <translation>%1: hora, en el lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>%1: time zone at the venue</source>
            <translation>%1: zona horaria del lugar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>%n chosen: %1</source>
            <translation>
                <numerusform>%n elegida: %1</numerusform>
                <numerusform>%n elegidas: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>&amp;Host consulate:</source>
            <translation>Consulado &amp;anfitrión:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>&amp;ID:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>&amp;Languages needed:</source>
            <translation>Idiomas &amp;necesarios:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>&amp;Title (English):</source>
            <translation>&amp;Título (inglés):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>&amp;Venue is a consulate:</source>
            <translation>El &amp;lugar es un consulado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Agreement it is held under</source>
            <translation>Acuerdo en el marco del cual se realiza</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>An event keeps its ID for life: calendars identify it by the ID.</source>
            <translation>Un evento conserva su ID para siempre: los calendarios lo identifican por el ID.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>An event keeps its ID for life: calendars identify it by the ID. Delete and add it again to change it.</source>
            <translation>Un evento conserva su ID para siempre: los calendarios lo identifican por el ID. Para cambiarlo, elimínelo y vuelva a agregarlo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>An event outside Labor Rights Week belongs to no campaign</source>
            <translation>Un evento fuera de la Semana de Derechos Laborales no pertenece a ninguna campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Calendar version %1: it rises by itself when the time, place or status changes, so partners' calendars take the update.</source>
            <translation>Versión de calendario %1: sube sola cuando cambian la hora, el lugar o el estado, para que los calendarios de las organizaciones aliadas reciban la actualización.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Campaign:</source>
            <translation>Campaña:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Cancelled occurrences</source>
            <translation>Sesiones canceladas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Cancelling keeps the event in the schedule, marked cancelled, so partners' calendars are told.</source>
            <translation>Cancelar un evento lo mantiene en el programa marcado como cancelado, para que los calendarios de las organizaciones aliadas se enteren.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Choosing a consulate fills in the venue's name, address and time zone (and the host, if none is set).</source>
            <translation>Elegir un consulado completa el nombre, la dirección y la zona horaria del lugar (y la sede, si no hay ninguna).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Community partners taking part</source>
            <translation>Organizaciones comunitarias que participan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Dates of cancelled occurrences, separated by ';'</source>
            <translation>Fechas de las sesiones canceladas, separadas por ';'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Edit event %1</source>
            <translation>Editar el evento %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>En&amp;ds (venue time):</source>
            <translation>Fin del evento (&amp;hora del lugar):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Event ID</source>
            <translation>ID del evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Every other Tuesday, the first Monday of each month...: occurrences keep the start's time at the venue across daylight-saving changes. Cancel or move one occurrence on the All year page.</source>
            <translation>Martes por medio, el primer lunes de cada mes...: las sesiones conservan la hora de inicio en el lugar aunque cambie el horario de verano. Cancele o mueva una sesión en la página Todo el año.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Filter the offices</source>
            <translation>Filtrar las oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Filter: agency, city or ID</source>
            <translation>Filtro: agencia, ciudad o ID</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Held under:</source>
            <translation>En el marco de:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Host consulate</source>
            <translation>Consulado anfitrión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>How many agency staff the event needs</source>
            <translation>Cuántas personas de las agencias necesita el evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Its outcomes count in that agreement's annual report</source>
            <translation>Sus resultados cuentan en el informe anual de ese acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Labor Rights Week %1</source>
            <translation>Semana de Derechos Laborales %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Labor Rights Week or year-round</source>
            <translation>Semana de Derechos Laborales o todo el año</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Langua&amp;ges offered:</source>
            <translation>Idiomas ofre&amp;cidos:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Languages of the event</source>
            <translation>Idiomas del evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Languages the staff must speak</source>
            <translation>Idiomas que debe hablar el personal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>No agreement</source>
            <translation>Ningún acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>No host consulate</source>
            <translation>Sin consulado anfitrión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>No office chosen yet.</source>
            <translation>Todavía no se eligió ninguna oficina.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>No: another place (type its name below)</source>
            <translation>No: otro lugar (escriba su nombre abajo)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Number of staff needed</source>
            <translation>Cantidad de personal necesario</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Offices chosen</source>
            <translation>Oficinas elegidas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Offices taking &amp;part</source>
            <translation>Oficinas pa&amp;rticipantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Offices taking part</source>
            <translation>Oficinas participantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Offices; Space ticks or unticks the office</source>
            <translation>Oficinas; la barra espaciadora marca o desmarca la oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Partners:</source>
            <translation>Organizaciones:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Repeats:</source>
            <translation>Se repite:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Separate languages with ';'. Someone assigned must speak each one.</source>
            <translation>Separe los idiomas con ';'. Alguna persona asignada debe hablar cada uno.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Separate topics with ';'</source>
            <translation>Separe los temas con ';'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Sho&amp;w only the chosen ones</source>
            <translation>Mostrar solo las &amp;elegidas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Show only the chosen offices</source>
            <translation>Mostrar solo las oficinas elegidas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Skipped dates</source>
            <translation>Fechas omitidas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Skipped dates:</source>
            <translation>Fechas omitidas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Sta&amp;rts (venue time):</source>
            <translation>Inicio del e&amp;vento (hora del lugar):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Staff ne&amp;eded:</source>
            <translation>&amp;Personal necesario:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Stat&amp;us:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>The event was not saved</source>
            <translation>No se guardó el evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>The languages the event is held in; separate them with ';'</source>
            <translation>Los idiomas en que se imparte el evento; sepárelos con ';'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>The venue's IANA time zone; type to search, e.g. 'phoenix'. Times below are read in this zone.</source>
            <translation>La zona horaria IANA del lugar; escriba para buscar, p. ej., 'phoenix'. Las horas de abajo se leen en esta zona.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Time zone of the venue</source>
            <translation>Zona horaria del lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Title (Spa&amp;nish):</source>
            <translation>Título (espa&amp;ñol):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Title in English</source>
            <translation>Título en inglés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Title in Spanish</source>
            <translation>Título en español</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Topi&amp;cs:</source>
            <translation>Te&amp;mas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Venue is a consulate</source>
            <translation>El lugar es un consulado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Venue na&amp;me:</source>
            <translation>Nom&amp;bre del lugar:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Venue name</source>
            <translation>Nombre del lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>Year-round (outside Labor Rights Week)</source>
            <translation>Todo el año (fuera de la Semana de Derechos Laborales)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>choose the venue's time zone</source>
            <translation>elija la zona horaria del lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>community partners</source>
            <translation>organizaciones comunitarias</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>e.g. 2027-03-09; 2027-11-23</source>
            <translation>p. ej. 2027-03-09; 2027-11-23</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>e.g. Know your rights workshop</source>
            <translation>p. ej., Know your rights workshop</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>e.g. Oxnard Community Center</source>
            <translation>p. ej., Oxnard Community Center</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>e.g. Spanish; English</source>
            <translation>p. ej., Spanish; English</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>e.g. Spanish; K'iche'</source>
            <translation>p. ej., Spanish; K'iche'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>e.g. wages; heat illness</source>
            <translation>p. ej., wages; heat illness</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py"></location>
            <source>p. ej. Taller: conozca sus derechos</source>
            <translation>p. ej., Taller: conozca sus derechos</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../../ui/dialogs/language_page.py"></location>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/language_page.py"></location>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/language_page.py"></location>
            <source>Language of the window</source>
            <translation>Idioma de la ventana</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/language_page.py"></location>
            <source>Menus, pages, messages and the reports you write from the window use this language. Documents for partners keep their own language (the liaison packet is in Spanish). When you press Save the window redraws itself in the new language, on the page you are on; nothing is lost.</source>
            <translation>Los menús, las páginas, los mensajes y los informes que escriba desde la ventana usan este idioma. Los documentos para las organizaciones aliadas conservan su propio idioma (el paquete para los enlaces está en español). Al pulsar Guardar, la ventana se vuelve a mostrar en el nuevo idioma, en la página en la que está; no se pierde nada.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/language_page.py"></location>
            <source>Your administrator's policy sets the language on this computer to %1; it cannot be changed here.</source>
            <translation>La política de su administración fija el idioma de esta computadora en %1; no se puede cambiar aquí.</translation>
        </message>
    </context>
    <context>
        <name>LrwPage</name>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%1 (history)</source>
            <translation>%1 (historial)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%1 of %n event(s) shown</source>
            <translation>
                <numerusform>Se muestran %1 de %n evento</numerusform>
                <numerusform>Se muestran %1 de %n eventos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%1 to %2</source>
            <translation>%1 a %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n assignment(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n event(s) (%1 cancelled)</source>
            <translation>
                <numerusform>%n evento (cancelados: %1)</numerusform>
                <numerusform>%n eventos (cancelados: %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>%n event(s) fall outside the campaign's days (%1 to %2) and are not in the grid:</source>
            <translation>
                <numerusform>%n evento queda fuera de los días de la campaña (%1 a %2) y no aparece en la cuadrícula:</numerusform>
                <numerusform>%n eventos quedan fuera de los días de la campaña (%1 a %2) y no aparecen en la cuadrícula:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>&amp;Agency:</source>
            <translation>Agen&amp;cia:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>&amp;Campaign:</source>
            <translation>Campa&amp;ña:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>&amp;Delete event…</source>
            <translation>E&amp;liminar evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>&amp;New event…</source>
            <translation>&amp;Nuevo evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>&amp;Office:</source>
            <translation>&amp;Oficina:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>&amp;Publish…</source>
            <translation>&amp;Publicar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>(cancelled)</source>
            <translation>(cancelado)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>(those behind the block opened)</source>
            <translation>(los del bloque abierto)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>A 09:00 MST event in Phoenix and a 09:00 CDT event in Chicago are on the same row: times are never converted to your zone.</source>
            <translation>Un evento a las 09:00 MST en Phoenix y uno a las 09:00 CDT en Chicago quedan en la misma fila: las horas nunca se convierten a su zona horaria.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>About the campaign</source>
            <translation>Acerca de la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>All</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Campaign (year)</source>
            <translation>Campaña (año)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cancel even&amp;t…</source>
            <translation>Cancelar even&amp;to…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cancel event</source>
            <translation>Cancelar el evento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cancel event…</source>
            <translation>Cancelar evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cancel the selected event (it is kept, marked cancelled)</source>
            <translation>Cancelar el evento seleccionado (se conserva, marcado como cancelado)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cancel “%1” (%2)? It stays in the schedule marked cancelled, so partners' calendars are told.</source>
            <translation>¿Cancelar «%1» (%2)? Se queda en el programa marcado como cancelado, para que los calendarios de las organizaciones aliadas se enteren.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cancelled %1.</source>
            <translation>Se canceló %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cons&amp;ulate:</source>
            <translation>Consulado an&amp;fitrión:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Cop&amp;y last year…</source>
            <translation>Reutili&amp;zar los eventos del año pasado…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Copied %n event(s) from %1 to %2.</source>
            <translation>
                <numerusform>Se copió %n evento de %1 a %2.</numerusform>
                <numerusform>Se copiaron %n eventos de %1 a %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Copy last year's plan into a new campaign</source>
            <translation>Copiar el plan del año pasado en una campaña nueva</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Delete event</source>
            <translation>Eliminar el evento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Delete event…</source>
            <translation>Eliminar evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Delete the selected event</source>
            <translation>Eliminar el evento seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Delete “%1” (%2) and its staff assignments? Use this for an event made by mistake; to call a real event off, cancel it instead so partners are told.</source>
            <translation>¿Eliminar «%1» (%2) y sus asignaciones de personal? Use esta opción para un evento creado por error; para suspender un evento real, cancélelo, así se informa a las organizaciones aliadas.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Deleted event %1 and its staff assignments.</source>
            <translation>Se eliminaron el evento %1 y sus asignaciones de personal.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>E&amp;xport calendar…</source>
            <translation>E&amp;xportar el calendario…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>E-mails and meeting re&amp;quests…</source>
            <translation>Correos &amp;y convocatorias de reunión…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Each event is shown at its venue's own local time.</source>
            <translation>Cada evento se muestra en la hora local de su lugar.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Ed&amp;it event…</source>
            <translation>Mo&amp;dificar evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Edit campaign…</source>
            <translation>Editar campaña…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Edit event…</source>
            <translation>Editar evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Edit the campaign's dates and themes</source>
            <translation>Editar las fechas y los lemas de la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Edit the selected event</source>
            <translation>Editar el evento seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Events outside the campaign's days</source>
            <translation>Eventos fuera de los días de la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Events shown</source>
            <translation>Eventos visibles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Export a calendar file</source>
            <translation>Exportar un archivo de calendario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Filter by agency</source>
            <translation>Filtrar por agencia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Filter by format</source>
            <translation>Filtrar por formato</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Filter by host consulate</source>
            <translation>Filtrar por consulado anfitrión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Filter by language</source>
            <translation>Filtrar por idioma</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Filter by office taking part</source>
            <translation>Filtrar por oficina participante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Fo&amp;rmat:</source>
            <translation>Fo&amp;rmato:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>From the reference data — source: %1. Once you save, it counts as edited.</source>
            <translation>De los datos de referencia — fuente: %1. Al guardarlo, cuenta como editado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>From the reference data — source: %1; confidence: %2</source>
            <translation>De los datos de referencia — fuente: %1; confiabilidad: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Host: %1</source>
            <translation>Sede: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Labor Rights Week</source>
            <translation>Semana de Derechos Laborales</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>New campaign</source>
            <translation>Nueva campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>New campaign…</source>
            <translation>Nueva campaña…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>New event…</source>
            <translation>Nuevo evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>No campaign yet. Create one with New campaign…, or copy last year's plan with Copy last year….</source>
            <translation>Todavía no hay campaña. Cree una con Nueva campaña… o copie el plan del año pasado con Copiar el año pasado….</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>No campaign yet. Create one with New campaign…, or copy last year's plan.</source>
            <translation>Todavía no hay campaña. Cree una con Nueva campaña… o copie el plan del año pasado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>No campaign yet: use New campaign…</source>
            <translation>Todavía no hay campaña: use Nueva campaña…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>No event matches the search and filters.</source>
            <translation>Ningún evento coincide con la búsqueda y los filtros.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>No events in Labor Rights Week %1 yet. Add one with New event…, or copy last year's plan with Copy last year….</source>
            <translation>Todavía no hay eventos en la Semana de Derechos Laborales %1. Agregue uno con Nuevo evento… o copie el plan del año pasado con Copiar el año pasado….</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>None (all events together)</source>
            <translation>Ninguno (todos los eventos juntos)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>None of the events shown falls on the campaign's days; see the list below the grid.</source>
            <translation>Ninguno de los eventos mostrados cae en los días de la campaña; vea la lista debajo de la cuadrícula.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Offices: %1</source>
            <translation>Oficinas: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>One per host consulate</source>
            <translation>Uno por consulado anfitrión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>One per office taking part</source>
            <translation>Uno por oficina participante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Past edition from the reference data — source: %1; confidence: %2.</source>
            <translation>Edición anterior, de los datos de referencia — fuente: %1; confiabilidad: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Problems (%1)</source>
            <translation>Problemas (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Problems and releases</source>
            <translation>Problemas y versiones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Publish the schedule as a new release</source>
            <translation>Publicar el programa como una versión nueva</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Releases</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Releases (%1)</source>
            <translation>Versiones (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Releases of the campaign</source>
            <translation>Versiones de la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Saved %1; the search or filters hide it.</source>
            <translation>Se guardó %1; la búsqueda o los filtros lo ocultan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Scale: %1.</source>
            <translation>Escala: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Search events</source>
            <translation>Buscar eventos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Search:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Show every event again</source>
            <translation>Mostrar de nuevo todos los eventos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Show every event again, not only those behind the block opened</source>
            <translation>Mostrar de nuevo todos los eventos, no solo los del bloque abierto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Swim lanes of the week grid</source>
            <translation>Carriles de la cuadrícula semanal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Swim lanes:</source>
            <translation>Carriles:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Tema: %1</source>
            <translation>Lema: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>The filters were cleared to show %1.</source>
            <translation>Se borraron los filtros para mostrar %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Theme: %1</source>
            <translation>Lema (inglés): %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Title, venue, ID… (Ctrl+F)</source>
            <translation>Título, lugar, ID… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Views of the events</source>
            <translation>Vistas de los eventos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Week grid</source>
            <translation>Cuadrícula semanal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>Write e-mail drafts for partners or meeting requests for staff</source>
            <translation>Escribir borradores de correo para las organizaciones aliadas o convocatorias de reunión para el personal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>and %1 more (see the list)</source>
            <translation>y %1 más (vea la lista)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>edition %1</source>
            <translation>edición %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>no events yet</source>
            <translation>todavía no hay eventos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lrw_page.py"></location>
            <source>past edition</source>
            <translation>edición anterior</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;About ConsularApp</source>
            <translation>&amp;Acerca de ConsularApp</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Export workbook…</source>
            <translation>&amp;Exportar libro…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Importar libro…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Open database…</source>
            <translation>A&amp;brir base de datos…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Options…</source>
            <translation>&amp;Opciones…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>About ConsularApp</source>
            <translation>Acerca de ConsularApp</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>All year</source>
            <translation>Todo el año</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Choose a page; Ctrl+1 to Ctrl+6 switch directly</source>
            <translation>Elija una página; Ctrl+1 a Ctrl+6 cambian directamente</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Connect to &amp;team database…</source>
            <translation>Conectarse a una base de datos de &amp;equipo…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Connected to %1</source>
            <translation>Conectado a %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>ConsularApp databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos de ConsularApp (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>ConsularApp — %1</source>
            <translation>ConsularApp — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>ConsularApp — Demonstration — %1</source>
            <translation>ConsularApp — Demostración — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Dashboard</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Database in use</source>
            <translation>Base de datos en uso</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Database: %1</source>
            <translation>Base de datos: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Demonstration data (not your records): %1</source>
            <translation>Datos de demostración (no son sus registros): %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Directory</source>
            <translation>Directorio</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Directory, agreements and Labor Rights Week planning for the consular partnerships of US labor agencies.</source>
            <translation>Directorio, acuerdos y planificación de la Semana de Derechos Laborales para las alianzas consulares de las agencias laborales de los Estados Unidos.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Dismiss (the delete stays)</source>
            <translation>Descartar (la eliminación se mantiene)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Dismiss the undo offer</source>
            <translation>Descartar la opción de deshacer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Export &amp;calendar…</source>
            <translation>Exportar el &amp;calendario…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Labor Rights Week</source>
            <translation>Semana de Derechos Laborales</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>My &amp;home office…</source>
            <translation>&amp;Mi oficina…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>My home office</source>
            <translation>Mi oficina</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>No home office</source>
            <translation>Ninguna oficina</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>No option changed.</source>
            <translation>No cambió ninguna opción.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>No setting is fixed by an administrator policy.</source>
            <translation>Ninguna política de la administración fija ajustes.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Opened %1</source>
            <translation>Se abrió %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Options saved.</source>
            <translation>Se guardaron las opciones.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Outreach all year: regular visits to consulate waiting rooms, implementation-team meetings and other events outside Labor Rights Week, month by month; recurring events with single occurrences cancelled or moved; outcomes of each occurrence.</source>
            <translation>Difusión todo el año: visitas regulares a las salas de espera de los consulados, reuniones del equipo de implementación y otros eventos fuera de la Semana de Derechos Laborales, mes a mes; eventos que se repiten, con sesiones sueltas canceladas o movidas; resultados de cada sesión.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Plan each year's Labor Rights Week: events at consulates and partner venues, each in its own time zone, the offices taking part and the staff assigned, with warnings for double bookings and missing languages. Copy last year's plan to start, and send partners calendar files and bilingual schedules.</source>
            <translation>Planifique cada año la Semana de Derechos Laborales: eventos en los consulados y en los lugares de las organizaciones aliadas, cada uno en su zona horaria, las oficinas participantes y el personal asignado, con avisos de asignaciones dobles e idiomas sin cubrir. Copie el plan del año pasado para empezar y envíe a las organizaciones aliadas los archivos de calendario y los programas bilingües.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Printable and shareable reports: agreements by region and status, the Labor Rights Week schedule in English and Spanish, staff rosters with blank lines for open slots, and calendar files for Outlook and Google Calendar.</source>
            <translation>Informes para imprimir y compartir: acuerdos por región y estado, el programa de la Semana de Derechos Laborales en inglés y en español, listas de personal con líneas en blanco para los puestos sin cubrir y archivos de calendario para Outlook y Google Calendar.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>PySide6</source>
            <translation>PySide6</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>SQLAlchemy</source>
            <translation>SQLAlchemy</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Set by your administrator (policy %1):</source>
            <translation>Fijado por su administración (política %1):</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>The dashboard, the partner matrix and the week grid open on this office (All is one click away there):</source>
            <translation>El tablero, la matriz de alianzas y la cuadrícula semanal se abren en esta oficina («Todas» queda a un clic):</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>The database is set by your administrator.</source>
            <translation>La base de datos la fija su administración.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>The local agreements between your offices and the consulates: who signed them, their term, and whether each is in force, due for renewal, expired, terminated or replaced by a renewal — computed from the dates, never typed. Renewals link to the agreement they replace, so the history stays whole.</source>
            <translation>Los acuerdos locales entre sus oficinas y los consulados: quién los firmó, su vigencia y si cada uno está vigente, pendiente de renovación, vencido, terminado o reemplazado por una renovación, calculado a partir de las fechas, nunca escrito a mano. Las renovaciones se vinculan al acuerdo que reemplazan, así el historial queda completo.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>The password could not be kept; it will be asked next time.</source>
            <translation>No se pudo guardar la contraseña; se le pedirá la próxima vez.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>This page has nothing to search yet.</source>
            <translation>Esta página todavía no tiene nada que buscar.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Undo the delete</source>
            <translation>Deshacer la eliminación</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Updated with a change by another user.</source>
            <translation>Actualizado con un cambio de otra persona.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>What needs attention, on one screen: agreements due for renewal in the coming months or already lapsed, the next Labor Rights Week and its events still short of staff or languages, and the people whose membership ended recently.</source>
            <translation>Lo que requiere atención, en una sola pantalla: acuerdos por renovar en los próximos meses o ya vencidos, la próxima Semana de Derechos Laborales y sus eventos a los que aún les falta personal o idiomas, y las personas cuya adscripción terminó hace poco.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>Work is in progress. The window switches to the new language when you press Save in Options again once it has finished, or when ConsularApp next starts.</source>
            <translation>Hay trabajo en curso. La ventana cambiará al nuevo idioma cuando vuelva a pulsar Guardar en Opciones una vez que termine, o la próxima vez que inicie ConsularApp.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py"></location>
            <source>{kind} {id} is not shown on any page.</source>
            <translation>{kind} {id} no se muestra en ninguna página.</translation>
        </message>
    </context>
    <context>
        <name>MarkDoneDialog</name>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>&amp;Done on:</source>
            <translation>Cumplida &amp;el:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>A path or a web address (optional)</source>
            <translation>Una ruta o una dirección web (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>Doc&amp;ument:</source>
            <translation>Doc&amp;umento:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>Done on</source>
            <translation>Cumplida el</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>Mark done — %1</source>
            <translation>Marcar como cumplida — %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>Obligation</source>
            <translation>Obligación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>Obligation:</source>
            <translation>Obligación:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/mark_done_dialog.py"></location>
            <source>Where the document sent is kept: a path or a web address</source>
            <translation>Dónde se guarda el documento enviado: una ruta o una dirección web</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>%1 %2 d</source>
            <translation>%1 %2 d</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>(%n day(s) left, last day %1)</source>
            <translation>
                <numerusform>(queda %n día, último día: %1)</numerusform>
                <numerusform>(quedan %n días, último día: %1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>(last day %1)</source>
            <translation>(último día: %1)</translation>
        </message>
        <message>
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>Double-click or press Enter to choose one to open.</source>
            <translation>Haga doble clic o pulse Entrar para elegir cuál abrir.</translation>
        </message>
        <message>
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>Double-click or press Enter to open it.</source>
            <translation>Haga doble clic o pulse Entrar para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>negotiating</source>
            <translation>en negociación</translation>
        </message>
        <message>
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>no agreement</source>
            <translation>sin acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/models/matrix_model.py"></location>
            <source>no region</source>
            <translation>sin región</translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n consulate(s)</source>
            <translation>
                <numerusform>%n consulado</numerusform>
                <numerusform>%n consulados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n office(s)</source>
            <translation>
                <numerusform>%n oficina</numerusform>
                <numerusform>%n oficinas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n pair(s) with an agreement</source>
            <translation>
                <numerusform>%n par con acuerdo</numerusform>
                <numerusform>%n pares con acuerdo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>&amp;Open agreement</source>
            <translation>&amp;Abrir acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Also list offices and consulates with no agreement, so the gaps stand out.</source>
            <translation>Incluir también las oficinas y los consulados sin acuerdo, para que resalten los vacíos.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Choose an agreement</source>
            <translation>Elegir un acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Legend: %1. A number of days (⚠ 15 d) is the days left.</source>
            <translation>Leyenda: %1. Un número de días (⚠ 15 d) son los días que quedan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Move through the matrix with the arrow keys; the cell's agreements are described here. Enter opens one.</source>
            <translation>Recorra la matriz con las flechas; aquí se describen los acuerdos de la celda. Entrar abre uno.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>No agreements in this scope: choose another agency or region, or tick “Show all offices and consulates”.</source>
            <translation>No hay acuerdos en este alcance: elija otra agencia u otra región, o marque «Mostrar todas las oficinas y consulados».</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>No agreements yet: add one on the Table tab.</source>
            <translation>Todavía no hay acuerdos: agregue uno en la pestaña Tabla.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Offices and consulates</source>
            <translation>Oficinas y consulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Offices in rows, consulates in columns; each cell says the status of their agreement</source>
            <translation>Oficinas en las filas, consulados en las columnas; cada celda indica el estado de su acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Partner matrix</source>
            <translation>Matriz de alianzas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Show all offices and co&amp;nsulates</source>
            <translation>Mostrar todas las oficinas y co&amp;nsulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Show all offices and consulates</source>
            <translation>Mostrar todas las oficinas y consulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Size of the matrix</source>
            <translation>Tamaño de la matriz</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>The current cell</source>
            <translation>La celda actual</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>The matrix is empty</source>
            <translation>La matriz está vacía</translation>
        </message>
    </context>
    <context>
        <name>MoveOccurrenceDialog</name>
        <message>
            <location filename="../../ui/dialogs/move_occurrence_dialog.py"></location>
            <source>En&amp;ds (venue time):</source>
            <translation>&amp;Termina (hora del lugar):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/move_occurrence_dialog.py"></location>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/move_occurrence_dialog.py"></location>
            <source>Move one occurrence — %1</source>
            <translation>Mover una sesión — %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/move_occurrence_dialog.py"></location>
            <source>Sta&amp;rts (venue time):</source>
            <translation>&amp;Comienza (hora del lugar):</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/move_occurrence_dialog.py"></location>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/move_occurrence_dialog.py"></location>
            <source>The occurrence due on %1; the others stay as the rule says.</source>
            <translation>La sesión prevista para el %1; las demás siguen como dice la regla.</translation>
        </message>
    </context>
    <context>
        <name>ObligationRulesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source> calendar month(s)</source>
            <translation>
                <numerusform> mes calendario</numerusform>
                <numerusform> meses calendario</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source> day(s)</source>
            <translation>
                <numerusform> día</numerusform>
                <numerusform> días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source> days before it</source>
            <translation> días antes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>&amp;Add rule</source>
            <translation>&amp;Agregar regla</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>'Due' fr&amp;om:</source>
            <translation>«Por vencer» &amp;desde:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Added by this office</source>
            <translation>Agregada por esta oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>After each annual period</source>
            <translation>Después de cada periodo anual</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>After signing</source>
            <translation>Después de la firma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>An obligation is due this many days before its date</source>
            <translation>Una obligación aparece como por vencer esta cantidad de días antes de su fecha</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Applies &amp;to:</source>
            <translation>Se a&amp;plica a:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Back to OSHA's Alliance Program defaults</source>
            <translation>Volver a los valores predeterminados del Programa de Alianzas de OSHA</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Calendar months after signing</source>
            <translation>Meses calendario después de la firma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Da&amp;ys:</source>
            <translation>Día&amp;s:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Days after</source>
            <translation>Días después</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Edit the obligation rules</source>
            <translation>Editar las reglas de obligaciones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Keep at least one rule, or press OSHA defaults</source>
            <translation>Conserve al menos una regla, o pulse Valores de OSHA</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Kinds of agreement</source>
            <translation>Tipos de acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Mont&amp;hs:</source>
            <translation>&amp;Meses:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Nothing was saved</source>
            <translation>No se guardó nada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>OSHA de&amp;faults</source>
            <translation>&amp;Valores de OSHA</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Obligation name</source>
            <translation>Nombre de la obligación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Obligation rules</source>
            <translation>Reglas de obligaciones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>R&amp;ules:</source>
            <translation>&amp;Reglas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Re&amp;move rule</source>
            <translation>&amp;Quitar regla</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Source:</source>
            <translation>Fuente:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>The rules were not kept</source>
            <translation>No se conservaron las reglas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>When it is due</source>
            <translation>Cuándo vence</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>Where the rule comes from</source>
            <translation>De dónde proviene la regla</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>e.g. annual report</source>
            <translation>p. ej. informe anual</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/obligation_rules_dialog.py"></location>
            <source>kinds of agreement</source>
            <translation>tipos de acuerdo</translation>
        </message>
    </context>
    <context>
        <name>ObligationsModel</name>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>%1: %2 to %3</source>
            <translation>%1: del %2 al %3</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Days left</source>
            <translation>Días restantes</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Done on</source>
            <translation>Cumplida el</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Due on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Obligation</source>
            <translation>Obligación</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../ui/models/obligations_model.py"></location>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>ObligationsTab</name>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>%1 of %2 obligations</source>
            <translation>%1 de %2 obligaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>&amp;Not done</source>
            <translation>&amp;No cumplida</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Computed from each agreement's dates and the rules for its kind; a renewal, a termination or a date edit changes them at once.</source>
            <translation>Se calculan a partir de las fechas de cada acuerdo y de las reglas de su tipo; una renovación, una terminación o un cambio de fechas las modifica al instante.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Done</source>
            <translation>Cumplidas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Mark &amp;done…</source>
            <translation>Marcar como cumpli&amp;da…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Mark the selected obligation done</source>
            <translation>Marcar como cumplida la obligación seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Obligation &amp;rules…</source>
            <translation>&amp;Reglas de obligaciones…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Obligations of agreements</source>
            <translation>Obligaciones de los acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Sho&amp;w:</source>
            <translation>Mo&amp;strar:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Still owed</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Take back the selected obligation's done</source>
            <translation>Deshacer el cumplimiento de la obligación seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>What each kind of agreement owes</source>
            <translation>Lo que debe cada tipo de acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/obligations_tab.py"></location>
            <source>Which obligations to show</source>
            <translation>Qué obligaciones mostrar</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>&amp;Agency:</source>
            <translation>&amp;Agencia:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>&amp;City:</source>
            <translation>&amp;Ciudad:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>&amp;ID:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>&amp;Region:</source>
            <translation>&amp;Región:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Add office</source>
            <translation>Agregar oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Addr&amp;ess:</source>
            <translation>Dir&amp;ección:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Agency</source>
            <translation>Agencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Agency's f&amp;ull name:</source>
            <translation>Nom&amp;bre completo de la agencia:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>An IANA time zone name; type part of it to search</source>
            <translation>Un nombre de zona horaria IANA; escriba una parte para buscarlo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Choose an agency or type a new short code to create that agency</source>
            <translation>Elija una agencia o escriba un código corto nuevo para crear esa agencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>E&amp;mail:</source>
            <translation>Correo e&amp;lectrónico:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Edit office %1</source>
            <translation>Editar la oficina %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Full name of a new agency</source>
            <translation>Nombre completo de una agencia nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Office ID</source>
            <translation>ID de la oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Office name</source>
            <translation>Nombre de la oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Office t&amp;ype:</source>
            <translation>Ti&amp;po de oficina:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Office type</source>
            <translation>Tipo de oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Only for a new agency code, e.g. Texas Workforce Commission</source>
            <translation>Solo para un código de agencia nuevo, p. ej., Texas Workforce Commission</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>S&amp;tate:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>The office's stable ID: letters, digits, '-', '_' or '.'</source>
            <translation>El ID estable de la oficina: letras, dígitos, '-', '_' o '.'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>WHD, OSHA, EEOC, NLRB or a new code</source>
            <translation>WHD, OSHA, EEOC, NLRB o un código nuevo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>Where this record comes from</source>
            <translation>De dónde proviene este registro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>e.g. Chicago District Office</source>
            <translation>p. ej., Chicago District Office</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>e.g. Midwest, Region 13</source>
            <translation>p. ej., Midwest, Region 13</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/office_dialog.py"></location>
            <source>e.g. WHD-CHICAGO</source>
            <translation>p. ej., WHD-CHICAGO</translation>
        </message>
    </context>
    <context>
        <name>OfficesModel</name>
        <message>
            <location filename="../../ui/models/offices_model.py"></location>
            <source>Agency</source>
            <translation>Agencia</translation>
        </message>
        <message>
            <location filename="../../ui/models/offices_model.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/models/offices_model.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/offices_model.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/models/offices_model.py"></location>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../ui/models/offices_model.py"></location>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>OfficesTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n office(s) shown of %1</source>
            <translation>
                <numerusform>%n oficina visible de %1</numerusform>
                <numerusform>%n oficinas visibles de %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>A&amp;gency:</source>
            <translation>Agen&amp;cia:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Agency</source>
            <translation>Agencia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All agencies</source>
            <translation>Todas las agencias</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by agency</source>
            <translation>Filtrar por agencia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by state</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Offices</source>
            <translation>Oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>S&amp;tate:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Select an office to see its details, where it comes from and how sure that is.</source>
            <translation>Seleccione una oficina para ver sus datos, su origen y qué tan confiable es.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>States served</source>
            <translation>Estados atendidos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>office %1</source>
            <translation>oficina %1</translation>
        </message>
    </context>
    <context>
        <name>OptionsDialog</name>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Choose the publish folder</source>
            <translation>Elegir la carpeta de publicación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Edit the obligation rules one by one</source>
            <translation>Editar las reglas de obligaciones una por una</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Edit the r&amp;ules…</source>
            <translation>Editar las r&amp;eglas…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Option pages</source>
            <translation>Páginas de opciones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Publish folder</source>
            <translation>Carpeta de publicación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Restore &amp;defaults</source>
            <translation>&amp;Restablecer los valores predeterminados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Restore the defaults of this page</source>
            <translation>Restablecer los valores predeterminados de esta página</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>These settings are shared by everyone who uses this database: the command line, the reports and every window read them.</source>
            <translation>Todas las personas que usan esta base de datos comparten estos ajustes: los leen la línea de comandos, los informes y todas las ventanas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>Your own choice, on this computer; it does not change what others see.</source>
            <translation>Es su elección, en esta computadora; no cambia lo que ven las demás personas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/options_dialog.py"></location>
            <source>none: publishing writes no files</source>
            <translation>ninguna: al publicar no se escriben archivos</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>&amp;Cases identified:</source>
            <translation>&amp;Casos identificados:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>&amp;Materials distributed:</source>
            <translation>&amp;Materiales distribuidos:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>&amp;People reached:</source>
            <translation>&amp;Personas alcanzadas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>&amp;Referrals:</source>
            <translation>Ca&amp;nalizaciones:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>About the event, never about a person</source>
            <translation>Sobre el evento, nunca sobre una persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Languages of the materials</source>
            <translation>Idiomas de los materiales</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Materials &amp;languages:</source>
            <translation>&amp;Idiomas de los materiales:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Materials distributed</source>
            <translation>Materiales distribuidos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>No personal details</source>
            <translation>Sin datos personales</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Notes about the event</source>
            <translation>Notas sobre el evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Outcome — %1</source>
            <translation>Resultado — %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>People reached</source>
            <translation>Personas alcanzadas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Protection cases identified</source>
            <translation>Casos de protección identificados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Separate languages with ';'</source>
            <translation>Separe los idiomas con ';'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>Workers referred to an agency</source>
            <translation>Trabajadores remitidos a una agencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>e.g. Spanish; English</source>
            <translation>p. ej. español; inglés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/outcome_dialog.py"></location>
            <source>not counted</source>
            <translation>sin contar</translation>
        </message>
    </context>
    <context>
        <name>OutreachPage</name>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Assign staff…</source>
            <translation>Asignar personal…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Cancel '%1' on %2? The series goes on; calendars show it cancelled.</source>
            <translation>¿Cancelar '%1' el %2? La serie continúa; los calendarios la muestran cancelada.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Cancel the occurrence</source>
            <translation>Cancelar la sesión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Cancel this occurrence</source>
            <translation>Cancelar esta sesión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Edit event…</source>
            <translation>Editar evento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Month shown</source>
            <translation>Mes mostrado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Month view</source>
            <translation>Vista mensual</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Move this occurrence…</source>
            <translation>Mover esta sesión…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>New year-round event…</source>
            <translation>Nuevo evento de todo el año…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Next month</source>
            <translation>Mes siguiente</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Next month ▶</source>
            <translation>Mes siguiente ▶</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Occurrences of the month</source>
            <translation>Sesiones del mes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Outcome…</source>
            <translation>Resultado…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Previous month</source>
            <translation>Mes anterior</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Put a person on the selected occurrence or on the whole series</source>
            <translation>Asignar una persona a la sesión seleccionada o a toda la serie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Record what the occurrence achieved</source>
            <translation>Registrar lo que logró la sesión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Restore occurrence</source>
            <translation>Restablecer la sesión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Undo the cancellation or move of the occurrence</source>
            <translation>Deshacer la cancelación o el traslado de la sesión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>When (venue time)</source>
            <translation>Cuándo (hora del lugar)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>Year-round outreach</source>
            <translation>Difusión todo el año</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>as planned</source>
            <translation>según lo previsto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>moved from %1</source>
            <translation>movida desde el %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>recorded</source>
            <translation>registrado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>◀ Previous month</source>
            <translation>◀ Mes anterior</translation>
        </message>
        <message>
            <location filename="../../ui/pages/outreach_page.py"></location>
            <source>✖ cancelled · ↷ moved · ✎ held, no outcome recorded yet · ✔ outcome recorded</source>
            <translation>✖ cancelada · ↷ movida · ✎ realizada, sin resultado registrado todavía · ✔ resultado registrado</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>&amp;ID:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>&amp;Languages:</source>
            <translation>Idio&amp;mas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>&amp;Phone:</source>
            <translation>Telé&amp;fono:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>&amp;Website:</source>
            <translation>Sitio &amp;web:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Add community partner</source>
            <translation>Agregar organización comunitaria</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Cit&amp;y:</source>
            <translation>Ci&amp;udad:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>E&amp;mail:</source>
            <translation>Corr&amp;eo electrónico:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Edit partner %1</source>
            <translation>Editar organización %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Kind of partner</source>
            <translation>Tipo de organización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Not stated</source>
            <translation>No indicado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Partner ID</source>
            <translation>ID de la organización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Separate languages with ';'</source>
            <translation>Separe los idiomas con ';'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>St&amp;ate:</source>
            <translation>Est&amp;ado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>The partner's stable ID: letters, digits, '-', '_' or '.'</source>
            <translation>El ID estable de la organización: letras, dígitos, '-', '_' o '.'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>e.g. CP-DIOCESE-OF-BROOKLYN</source>
            <translation>p. ej. CP-DIOCESE-OF-BROOKLYN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>e.g. Diocese of Brooklyn</source>
            <translation>p. ej. Diócesis de Brooklyn</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner_dialog.py"></location>
            <source>e.g. Spanish; Mixteco</source>
            <translation>p. ej. español; mixteco</translation>
        </message>
    </context>
    <context>
        <name>PartnersModel</name>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/models/partners_model.py"></location>
            <source>State</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n partner(s) shown of %1</source>
            <translation>
                <numerusform>%n organización mostrada de %1</numerusform>
                <numerusform>%n organizaciones mostradas de %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Community partners</source>
            <translation>Organizaciones comunitarias</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by kind of partner</source>
            <translation>Filtrar por tipo de organización</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by state</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Party to agreements</source>
            <translation>Parte en acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>S&amp;tate:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Select a community partner to see its details and how many agreements and events it is part of.</source>
            <translation>Seleccione una organización comunitaria para ver sus datos y en cuántos acuerdos y eventos participa.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Takes part in events</source>
            <translation>Participa en eventos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>partner %1</source>
            <translation>organización %1</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>%1 (left)</source>
            <translation>%1 (se fue)</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>current</source>
            <translation>vigente</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>left</source>
            <translation>se fue</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>no organization</source>
            <translation>sin organización</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <location filename="../../ui/models/people_model.py"></location>
            <source>starts later</source>
            <translation>empieza después</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%1 offices</source>
            <translation>Oficinas de %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>%n person(s) shown of %1</source>
            <translation>
                <numerusform>%n persona visible de %1</numerusform>
                <numerusform>%n personas visibles de %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>&amp;Organization:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Agency offices</source>
            <translation>Oficinas de las agencias</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All organizations</source>
            <translation>Todas las organizaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Also list people whose membership has ended; they are marked “left”.</source>
            <translation>Incluir también a las personas cuya adscripción terminó; aparecen marcadas «se fue».</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Co&amp;untry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Consulates</source>
            <translation>Consulados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by kind of organization</source>
            <translation>Filtrar por tipo de organización</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by the consulate's country</source>
            <translation>Filtrar por el país del consulado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Filter by the organization's state</source>
            <translation>Filtrar por el estado de la organización</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Membership history</source>
            <translation>Historial de adscripciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>No memberships.</source>
            <translation>Sin adscripciones.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>No people yet. Add the liaisons, consuls and agency staff you work with (Add…), or import them from a workbook (File menu).</source>
            <translation>Todavía no hay personas. Agregue a los enlaces, cónsules y personal de las agencias con quienes trabaja (Agregar…) o impórtelos desde un libro (menú Archivo).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>S&amp;tate:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Select a person to see their details and membership history.</source>
            <translation>Seleccione a una persona para ver sus datos y el historial de sus adscripciones.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Show people &amp;who left</source>
            <translation>Mostrar a las personas &amp;que se fueron</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Show people who left</source>
            <translation>Mostrar a las personas que se fueron</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>current</source>
            <translation>vigente</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>left</source>
            <translation>se fue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>no organization</source>
            <translation>sin organización</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/directory_page.py"></location>
            <source>starts later</source>
            <translation>empieza después</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>&amp;Add membership</source>
            <translation>&amp;Agregar adscripción</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>&amp;ID:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>&amp;Languages:</source>
            <translation>Idio&amp;mas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>'%1' is not a date: write it as YYYY-MM-DD</source>
            <translation>'%1' no es una fecha: escríbala como AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Add membership</source>
            <translation>Agregar adscripción</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Add person</source>
            <translation>Agregar persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>E&amp;mail:</source>
            <translation>Correo e&amp;lectrónico:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Edit person %1</source>
            <translation>Editar a la persona %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Languages, separated by semicolons</source>
            <translation>Idiomas, separados por punto y coma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Mem&amp;berships</source>
            <translation>Ads&amp;cripciones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Membership %1: from (YYYY-MM-DD)</source>
            <translation>Adscripción %1: desde (AAAA-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Membership %1: organization</source>
            <translation>Adscripción %1: organización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Membership %1: title</source>
            <translation>Adscripción %1: cargo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Membership %1: to (YYYY-MM-DD, blank while current)</source>
            <translation>Adscripción %1: hasta (AAAA-MM-DD, en blanco mientras siga vigente)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Memberships</source>
            <translation>Adscripciones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>No memberships yet.</source>
            <translation>Todavía no hay adscripciones.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Person ID</source>
            <translation>ID de la persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Remove membership %1</source>
            <translation>Quitar la adscripción %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Separate languages with ';'</source>
            <translation>Separe los idiomas con ';'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Suggested from the name; letters, digits, '-', '_' or '.'</source>
            <translation>Propuesto a partir del nombre; letras, dígitos, '-', '_' o '.'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>The person was not saved</source>
            <translation>No se guardó la persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Type to search offices and consulates</source>
            <translation>Escriba para buscar oficinas y consulados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>Where the person works or worked. Dates as YYYY-MM-DD; leave To blank while they are still there.</source>
            <translation>Dónde trabaja o trabajó la persona. Fechas como AAAA-MM-DD; deje Hasta en blanco mientras siga ahí.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>e.g. Consul for Protection</source>
            <translation>p. ej., Cónsul de Protección</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>e.g. English; Spanish; Mixteco</source>
            <translation>p. ej., English; Spanish; Mixteco</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_dialog.py"></location>
            <source>open</source>
            <translation>abierta</translation>
        </message>
    </context>
    <context>
        <name>PersonWeekDialog</name>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>%1: %2. Languages: %3. Times are at each venue, in its own zone.</source>
            <translation>%1: %2. Idiomas: %3. Las horas son las de cada lugar, en su propia zona horaria.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>%n assignment(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>Assignments of the person</source>
            <translation>Asignaciones de la persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>Choose a person.</source>
            <translation>Elija a una persona.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>Person's week — Labor Rights Week %1</source>
            <translation>Semana de la persona — Semana de Derechos Laborales %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>Some assignments overlap in real time: see the Note column.</source>
            <translation>Algunas asignaciones se superponen en tiempo real: vea la columna Nota.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>no assignments in this campaign</source>
            <translation>sin asignaciones en esta campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_week_dialog.py"></location>
            <source>none recorded</source>
            <translation>ninguno registrado</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>%n calendar file(s) written to the publish folder.</source>
            <translation>
                <numerusform>Se escribió %n archivo de calendario en la carpeta de publicación.</numerusform>
                <numerusform>Se escribieron %n archivos de calendario en la carpeta de publicación.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Changes to publish</source>
            <translation>Cambios que se publicarán</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Labor Rights Week %1 has no events to publish.</source>
            <translation>La Semana de Derechos Laborales %1 no tiene eventos que publicar.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Left out for bad data: %1</source>
            <translation>Se omitió por datos erróneos: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Nothing changed since release %1: there is nothing to publish.</source>
            <translation>Nada cambió desde la versión %1: no hay nada que publicar.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Publi&amp;sh</source>
            <translation>Publi&amp;car</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Publish</source>
            <translation>Publicar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Publish Labor Rights Week %1</source>
            <translation>Publicar la Semana de Derechos Laborales %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Published release %1 of Labor Rights Week %2: %n event(s).</source>
            <translation>
                <numerusform>Se publicó la versión %1 de la Semana de Derechos Laborales %2: %n evento.</numerusform>
                <numerusform>Se publicó la versión %1 de la Semana de Derechos Laborales %2: %n eventos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Release %1 will record the current schedule. Since release %2: %3.</source>
            <translation>La versión %1 registrará el programa actual. Desde la versión %2: %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>Release 1 will record the current schedule (%n event(s)) as sent to partners. Calendars “as of the latest release” and “changes since the last release” are built from it.</source>
            <translation>
                <numerusform>La versión 1 registrará el programa actual (%n evento) tal como se envía a las organizaciones aliadas. Los calendarios «según la última versión» y «cambios desde la última versión» se generan a partir de ella.</numerusform>
                <numerusform>La versión 1 registrará el programa actual (%n eventos) tal como se envía a las organizaciones aliadas. Los calendarios «según la última versión» y «cambios desde la última versión» se generan a partir de ella.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publish_dialog.py"></location>
            <source>What publishing does</source>
            <translation>Lo que hace publicar</translation>
        </message>
    </context>
    <context>
        <name>RecentChangesPanel</name>
        <message>
            <location filename="../../ui/widgets/recent_changes.py"></location>
            <source>Changed by others since you last looked</source>
            <translation>Cambios de otras personas desde su última consulta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/recent_changes.py"></location>
            <source>Changes by others</source>
            <translation>Cambios de otras personas</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/recent_changes.py"></location>
            <source>Mar&amp;k as seen</source>
            <translation>&amp;Marcar como visto</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/recent_changes.py"></location>
            <source>Mark the changes as seen</source>
            <translation>Marcar los cambios como vistos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/recent_changes.py"></location>
            <source>Newest first; Enter opens the record</source>
            <translation>Lo más reciente primero; Entrar abre el registro</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/recent_changes.py"></location>
            <source>Nothing changed by others since you last looked.</source>
            <translation>Nadie más cambió nada desde su última consulta.</translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>A renewal starts as a draft that replaces %1 once it is signed. Until then %1 stays as it is. The draft keeps the kind, the parties and the term; fill in the dates when it is signed.</source>
            <translation>Una renovación empieza como un borrador que reemplaza a %1 cuando se firma. Hasta entonces, %1 queda como está. El borrador conserva el tipo, las partes y la vigencia; complete las fechas cuando se firme.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>C&amp;reate draft renewal</source>
            <translation>C&amp;rear el borrador de renovación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Consular signatory:</source>
            <translation>Firmante consular:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Consulates:</source>
            <translation>Consulados:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Create the draft renewal</source>
            <translation>Crear el borrador de renovación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>ID of the renewal</source>
            <translation>ID de la renovación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>New &amp;ID:</source>
            <translation>&amp;ID nuevo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Offices:</source>
            <translation>Oficinas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Renew agreement %1</source>
            <translation>Renovar el acuerdo %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Renews:</source>
            <translation>Renueva:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Suggested from the old ID with this year; change it if you like.</source>
            <translation>Propuesto a partir del ID anterior con este año; cámbielo si lo desea.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>Term:</source>
            <translation>Vigencia:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>US signatory:</source>
            <translation>Firmante por los EE. UU.:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>as before</source>
            <translation>como antes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>last day</source>
            <translation>último día</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>nobody found in post; choose one when editing the draft</source>
            <translation>no se encontró a nadie en el cargo; elija a alguien al editar el borrador</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>none (no term, and no dates to count one from)</source>
            <translation>ninguna (sin vigencia y sin fechas a partir de las cuales calcularla)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/renew_dialog.py"></location>
            <source>replaces %1, no longer in post</source>
            <translation>reemplaza a %1, que ya no está en el cargo</translation>
        </message>
    </context>
    <context>
        <name>RepeatField</name>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source> times</source>
            <translation> veces</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>As stored: %1</source>
            <translation>Como está guardada: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Daily</source>
            <translation>Diaria</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Day of the month</source>
            <translation>Día del mes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Does not repeat</source>
            <translation>No se repite</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Ends after</source>
            <translation>Termina después de</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Ends on</source>
            <translation>Termina el</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Ends:</source>
            <translation>Termina:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Monthly</source>
            <translation>Mensual</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Number of times</source>
            <translation>Cantidad de veces</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Repeat every</source>
            <translation>Repetir cada</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Repeats</source>
            <translation>Se repite</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>day(s)</source>
            <translation>
                <numerusform>día</numerusform>
                <numerusform>días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>every</source>
            <translation>cada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>month(s)</source>
            <translation>
                <numerusform>mes</numerusform>
                <numerusform>meses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>on day %1</source>
            <translation>el día %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>on the %1 %2</source>
            <translation>el %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>on the last %1</source>
            <translation>el último %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/repeat_field.py"></location>
            <source>week(s)</source>
            <translation>
                <numerusform>semana</numerusform>
                <numerusform>semanas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplaceLiaisonDialog</name>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>    &amp;ID:</source>
            <translation>    &amp;ID:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>    &amp;Phone:</source>
            <translation>    &amp;Teléfono:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>    E&amp;mail:</source>
            <translation>    Correo e&amp;lectrónico:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>    Lan&amp;guages:</source>
            <translation>    Idio&amp;mas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>    N&amp;ame:</source>
            <translation>    &amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>%1 (%2). The one who leaves keeps their membership in the history, ended on their last day; the one who takes over starts the day after.</source>
            <translation>%1 (%2). La adscripción de quien se va queda en el historial, terminada en su último día; quien llega empieza al día siguiente.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>%1, consul</source>
            <translation>%1, cónsul</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>&amp;End their current post:</source>
            <translation>Termina&amp;r su puesto actual:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>&amp;First day:</source>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>&amp;Leaving:</source>
            <translation>&amp;Quién se va:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>&amp;Title:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Email of the new person</source>
            <translation>Correo electrónico de la persona nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>End their current post the day before</source>
            <translation>Terminar su puesto actual el día anterior</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>ID of the new person</source>
            <translation>ID de la persona nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Languages of the new person</source>
            <translation>Idiomas de la persona nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Last &amp;day there:</source>
            <translation>Último &amp;día en el puesto:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Liaison</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Name of the new person</source>
            <translation>Nombre de la persona nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Nobody: the post is empty</source>
            <translation>Nadie: el puesto está vacante</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Phone of the new person</source>
            <translation>Teléfono de la persona nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Replace the liaison of %1</source>
            <translation>Reemplazar el enlace de %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Separate languages with ';'</source>
            <translation>Separe los idiomas con ';'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Someone &amp;new:</source>
            <translation>Alguien nue&amp;vo:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Someone in the di&amp;rectory:</source>
            <translation>Alguien del dir&amp;ectorio:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Suggested from the name, as P-NAME; letters, digits, '-', '_' or '.'</source>
            <translation>Propuesto a partir del nombre, como P-NOMBRE; letras, dígitos, '-', '_' o '.'</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>The last day they are in post; YYYY-MM-DD</source>
            <translation>El último día en el puesto; AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>The liaison was not replaced</source>
            <translation>No se reemplazó el enlace</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Their first day in post</source>
            <translation>Su primer día en el puesto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Their last day there</source>
            <translation>Su último día en el puesto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Title of the one taking over</source>
            <translation>Cargo de quien llega</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Type a name, an ID or an organization</source>
            <translation>Escriba un nombre, un ID o una organización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Who leaves</source>
            <translation>Quién se va</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>Who takes over, from the directory</source>
            <translation>Quién llega, del directorio</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>YYYY-MM-DD; the day after the last day unless you change it</source>
            <translation>AAAA-MM-DD; el día siguiente al último día, salvo que lo cambie</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>a new person in the directory</source>
            <translation>una persona nueva en el directorio</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>at %1, on %2</source>
            <translation>en %1, el %2</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>e.g. Consul for Protection</source>
            <translation>p. ej., Cónsul de Protección</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/liaison_dialog.py"></location>
            <source>e.g. Spanish; English</source>
            <translation>p. ej., español; inglés</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>%1: %2 to %3</source>
            <translation>%1: del %2 al %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>&amp;As of:</source>
            <translation>Al &amp;día:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>&amp;Consulate:</source>
            <translation>&amp;Consulado:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>&amp;Generate…</source>
            <translation>Ge&amp;nerar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>&amp;Period:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>&amp;Report:</source>
            <translation>&amp;Informe:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>&amp;Year:</source>
            <translation>Añ&amp;o:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>, %n day(s) left</source>
            <translation>
                <numerusform>, queda %n día</numerusform>
                <numerusform>, quedan %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>, ended %n day(s) ago</source>
            <translation>
                <numerusform>, terminó hace %n día</numerusform>
                <numerusform>, terminó hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>A Labor Rights Week's events, staff and gaps. Excel: summary with a chart, events, each person's week, every problem and open need. PDF: a cover with totals and a roster per event, with blank lines for open slots.</source>
            <translation>Los eventos, el personal y los pendientes de una Semana de Derechos Laborales. Excel: resumen con gráfico, eventos, la semana de cada persona, todos los problemas y las necesidades pendientes. PDF: una portada con los totales y una lista de personal por evento, con líneas en blanco para los puestos sin cubrir.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>A bilingual (English and Spanish) draft of the renewed agreement for the regional administrator, marked DRAFT / BORRADOR, with the parties, current signatories and dates filled in.</source>
            <translation>Un borrador bilingüe (inglés y español) del acuerdo renovado para la persona que ocupa la administración regional, marcado DRAFT / BORRADOR, con las partes, los firmantes actuales y las fechas completados.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Agreeme&amp;nt:</source>
            <translation>Acuer&amp;do:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Agreement reported on</source>
            <translation>Acuerdo del informe</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Agreement status, current contacts and signatories are worked out for this day</source>
            <translation>El estado de los acuerdos, los contactos vigentes y los firmantes se calculan para este día</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Agreement to renew</source>
            <translation>Acuerdo que se renovará</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Agreements report</source>
            <translation>Informe de acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>All consulates hosting events</source>
            <translation>Todos los consulados que organizan eventos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Annual period</source>
            <translation>Periodo anual</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Annual report of an agreement</source>
            <translation>Informe anual de un acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>As of date</source>
            <translation>Fecha de consulta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Cancelled; no file was written.</source>
            <translation>Cancelado; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Consulate</source>
            <translation>Consulado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Events held and cancelled, people reached, referrals, cases, and the consulates, offices and partners taking part, by consulate, agency and region, with the earlier years beside them and a chart of the trend.</source>
            <translation>Eventos realizados y cancelados, personas alcanzadas, canalizaciones, casos, y los consulados, oficinas y organizaciones comunitarias que participaron, por consulado, agencia y región, con los años anteriores al lado y un gráfico de la tendencia.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Every agreement with its parties, dates, computed status, days left and renewal, most urgent first. The PDF groups them by region with a timeline.</source>
            <translation>Cada acuerdo con sus partes, fechas, estado calculado, días restantes y renovación, del más urgente al menos urgente. El PDF los agrupa por región, con una cronología.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Excel workbook (.xlsx)</source>
            <translation>Libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>F&amp;ormat:</source>
            <translation>Fo&amp;rmato:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Folder for the liaison packet</source>
            <translation>Carpeta del paquete para los enlaces</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>For each consulate hosting events (or one): a folder with its calendar file in Spanish, a bilingual schedule (Spanish, then English) and a one-page list of current agency contacts.</source>
            <translation>Para cada consulado que organiza eventos (o para uno): una carpeta con su archivo de calendario en español, un programa bilingüe (español y después inglés) y una lista de una página con los contactos vigentes de las agencias.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Generate the report</source>
            <translation>Generar el informe</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Labor Rights Week year</source>
            <translation>Año de la Semana de Derechos Laborales</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Last report written</source>
            <translation>Último informe escrito</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Liaison packet</source>
            <translation>Paquete para los enlaces</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>No Labor Rights Week campaign yet: create one on the Labor Rights Week page.</source>
            <translation>Todavía no hay ninguna campaña de la Semana de Derechos Laborales: cree una en la página Semana de Derechos Laborales.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>No agreement can be renewed: there is none signed yet.</source>
            <translation>No se puede renovar ningún acuerdo: todavía no hay ninguno firmado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>No signed agreement has annual periods to report on yet.</source>
            <translation>Todavía ningún acuerdo firmado tiene periodos anuales sobre los que informar.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>OSHA's Alliance Annual Report for one annual period, in Word to edit (or PDF): the implementation team and its meetings, the events held under the agreement or by its parties with their outcomes, in the three results tables. The narrative parts are left for the coordinator.</source>
            <translation>El Informe anual de la Alianza de OSHA de un periodo anual, en Word para editar (o en PDF): el equipo de implementación y sus reuniones, los eventos realizados en el marco del acuerdo o por sus partes con sus resultados, en las tres tablas de resultados. Las partes narrativas quedan para el coordinador.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>PDF document (.pdf)</source>
            <translation>Documento PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Renewal draft</source>
            <translation>Borrador de renovación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Results of a Labor Rights Week</source>
            <translation>Resultados de una Semana de Derechos Laborales</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Save the report as</source>
            <translation>Guardar el informe como</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Staffing report</source>
            <translation>Informe de personal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>The latest that has ended</source>
            <translation>El último que terminó</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>The report was not written.</source>
            <translation>No se escribió el informe.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>What this report holds</source>
            <translation>Lo que contiene este informe</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Word document (.docx)</source>
            <translation>Documento de Word (.docx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Writing the %1</source>
            <translation>Escribiendo el %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Wrote %1</source>
            <translation>Se escribió %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Wrote %1. No program on this computer opened it; the file is in %2.</source>
            <translation>Se escribió %1. Ningún programa de esta computadora lo abrió; el archivo está en %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/reports_page.py"></location>
            <source>Wrote %n file(s) in %1</source>
            <translation>
                <numerusform>Se escribió %n archivo en %1</numerusform>
                <numerusform>Se escribieron %n archivos en %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScopeBar</name>
        <message>
            <location filename="../../ui/widgets/scope_bar.py"></location>
            <source>&amp;Region:</source>
            <translation>Reg&amp;ión:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/scope_bar.py"></location>
            <source>A&amp;gency:</source>
            <translation>Agen&amp;cia:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/scope_bar.py"></location>
            <source>Agency filter</source>
            <translation>Filtro de agencia</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/scope_bar.py"></location>
            <source>All agencies</source>
            <translation>Todas las agencias</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/scope_bar.py"></location>
            <source>All regions</source>
            <translation>Todas las regiones</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/scope_bar.py"></location>
            <source>Region filter</source>
            <translation>Filtro de región</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>%n draft(s) written in %1, marked unsent: open each in Outlook and press Send.</source>
            <translation>
                <numerusform>Se escribió %n borrador en %1, marcado sin enviar: ábralo en Outlook y pulse Enviar.</numerusform>
                <numerusform>Se escribieron %n borradores en %1, marcados sin enviar: abra cada uno en Outlook y pulse Enviar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>&amp;Folder:</source>
            <translation>&amp;Carpeta:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>&amp;Meeting requests for staff: one per assignment</source>
            <translation>Convocatorias de &amp;reunión para el personal: una por asignación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>&amp;Then:</source>
            <translation>&amp;Después:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>&amp;Who:</source>
            <translation>&amp;Quién:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Choose the folder</source>
            <translation>Elegir la carpeta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Current schedule</source>
            <translation>Programa actual</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Drafts are written as .eml files marked unsent: open each in Outlook and press Send.</source>
            <translation>Los borradores se escriben como archivos .eml marcados sin enviar: abra cada uno en Outlook y pulse Enviar.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Drafts:</source>
            <translation>Borradores:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>E-mail drafts for &amp;partners: one per consulate, with its calendar and bilingual schedule</source>
            <translation>Borradores de correo para las &amp;organizaciones aliadas: uno por consulado, con su calendario y su programa bilingüe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Every consulate hosting events</source>
            <translation>Todos los consulados que organizan eventos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Everyone assigned</source>
            <translation>Todas las personas asignadas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Folder for the drafts</source>
            <translation>Carpeta de los borradores</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Left out for bad data:</source>
            <translation>Se omitió por datos erróneos:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Not written:</source>
            <translation>No se escribió:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Open nothing</source>
            <translation>No abrir nada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Open the first draft</source>
            <translation>Abrir el primer borrador</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Open the folder</source>
            <translation>Abrir la carpeta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Release %1 (%2)</source>
            <translation>Versión %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>S&amp;chedule:</source>
            <translation>&amp;Programa:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Schedule</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Send Labor Rights Week %1</source>
            <translation>Enviar la Semana de Derechos Laborales %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>What was written</source>
            <translation>Lo que se escribió</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>When written</source>
            <translation>Al terminar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Write &amp;drafts</source>
            <translation>Escribir &amp;borradores</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Write the drafts</source>
            <translation>Escribir los borradores</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Write the drafts into</source>
            <translation>Escribir los borradores en</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>Writing the drafts…</source>
            <translation>Escribiendo los borradores…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/send_dialog.py"></location>
            <source>choose where to write the drafts</source>
            <translation>elija dónde escribir los borradores</translation>
        </message>
    </context>
    <context>
        <name>StaffingPanel</name>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>%1 from '%2'</source>
            <translation>%1 de «%2»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>%n open problem(s)</source>
            <translation>
                <numerusform>%n problema pendiente</numerusform>
                <numerusform>%n problemas pendientes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>A cancelled event cannot be staffed; set it back to planned first.</source>
            <translation>Un evento cancelado no puede recibir personal; vuelva a ponerlo en «Por confirmar» primero.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Assi&amp;gn…</source>
            <translation>A&amp;signar…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Assign a person to the event</source>
            <translation>Asignar a una persona al evento</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Edit shift…</source>
            <translation>Editar el turno…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Edit the role and shift of the selected person</source>
            <translation>Editar la función y el turno de la persona seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Host: %1</source>
            <translation>Sede: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Languages needed and covered</source>
            <translation>Idiomas necesarios y cubiertos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Offices: %1</source>
            <translation>Oficinas: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>People assigned to the event</source>
            <translation>Personas asignadas al evento</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Person's &amp;week…</source>
            <translation>Semana de traba&amp;jo de la persona…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Remove %1?</source>
            <translation>¿Quitar a %1?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Remove the selected person from the event</source>
            <translation>Quitar del evento a la persona seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Removed %1</source>
            <translation>Se quitó a %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Select an event in the grid or the list to see and change its staff.</source>
            <translation>Seleccione un evento en la cuadrícula o en la lista para ver y cambiar su personal.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Selected event</source>
            <translation>Evento seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Show the week of the selected person</source>
            <translation>Ver la semana de la persona seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Staff needed and assigned</source>
            <translation>Personal necesario y asignado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/staffing_panel.py"></location>
            <source>Staffing of the selected event</source>
            <translation>Personal del evento seleccionado</translation>
        </message>
    </context>
    <context>
        <name>TableTab</name>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>%1 shown of %2</source>
            <translation>%1 de %2 visibles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>&amp;Add…</source>
            <translation>Ag&amp;regar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Delete %1?</source>
            <translation>¿Eliminar %1?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Delete the selected row</source>
            <translation>Eliminar la fila seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Deleted %1</source>
            <translation>Se eliminó %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Details of the selected row</source>
            <translation>Datos de la fila seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Ed&amp;it…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Edit the selected row</source>
            <translation>Editar la fila seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>History of the selected row</source>
            <translation>Historial de la fila seleccionada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Rows shown</source>
            <translation>Filas visibles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Saved %1; the current search or filters hide it.</source>
            <translation>Se guardó %1; la búsqueda o los filtros actuales lo ocultan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Search %1</source>
            <translation>Buscar %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Search name, city, ID…</source>
            <translation>Buscar nombre, ciudad, ID…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Search:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Select a row to see its details.</source>
            <translation>Seleccione una fila para ver sus datos.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Shows the rows containing every word typed; Down arrow moves to the table</source>
            <translation>Muestra las filas que contienen cada palabra escrita; la flecha abajo pasa a la tabla</translation>
        </message>
        <message>
            <location filename="../../ui/pages/table_tab.py"></location>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
    </context>
    <context>
        <name>TimelineItems</name>
        <message numerus="yes">
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>%n day(s) left</source>
            <translation>
                <numerusform>queda %n día</numerusform>
                <numerusform>quedan %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>From %1 to %2</source>
            <translation>Del %1 al %2</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>From %1, no sunset date</source>
            <translation>Desde el %1, sin fecha de vencimiento</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>No dates yet</source>
            <translation>Todavía sin fechas</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>Office — consulate</source>
            <translation>Oficina — consulado</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>Term</source>
            <translation>Vigencia</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>renewed by %1</source>
            <translation>renovado por %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/timeline_items.py"></location>
            <source>renews %1</source>
            <translation>renueva %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acuerdo</numerusform>
                <numerusform>%n acuerdos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>%n partnership(s)</source>
            <translation>
                <numerusform>%n alianza</numerusform>
                <numerusform>%n alianzas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>&amp;Zoom:</source>
            <translation>Zoo&amp;m:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Click a bar, or Tab into the timeline and use the arrow keys, to see an agreement here; Enter or double-click opens it in the table.</source>
            <translation>Haga clic en una barra, o entre en la cronología con Tab y use las flechas, para ver aquí un acuerdo; Entrar o doble clic lo abre en la tabla.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>F&amp;it</source>
            <translation>A&amp;justar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Fit every year in the window</source>
            <translation>Ajustar todos los años a la ventana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Legend: %1. A bar runs from the day an agreement takes effect to its last day; an arrow: no sunset date; dashed: no dates yet; a connector ties a renewal to the agreement it renews.</source>
            <translation>Leyenda: %1. Una barra va desde el día en que un acuerdo entra en vigor hasta su último día; una flecha: sin fecha de término; discontinua: todavía sin fechas; un conector une una renovación con el acuerdo que renueva.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>The selected agreement</source>
            <translation>El acuerdo seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Zoom in (Ctrl++)</source>
            <translation>Acercar (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Alejar (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agreements_page.py"></location>
            <source>Zoom: pixels per year</source>
            <translation>Zoom: píxeles por año</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message numerus="yes">
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>%n day(s) left</source>
            <translation>
                <numerusform>queda %n día</numerusform>
                <numerusform>quedan %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>Agreement timeline</source>
            <translation>Cronología de los acuerdos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>As of %1</source>
            <translation>Al %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>From %1 to %2</source>
            <translation>Del %1 al %2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>From %1, no sunset date</source>
            <translation>Desde el %1, sin fecha de vencimiento</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>Next periodic review: %1</source>
            <translation>Próxima revisión periódica: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>No agreements in this scope.</source>
            <translation>No hay acuerdos en este alcance.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>No dates yet (drawn from today, dashed).</source>
            <translation>Todavía sin fechas (se dibuja desde hoy, con línea discontinua).</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>Office — consulate</source>
            <translation>Oficina — consulado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>Renewed by %1</source>
            <translation>Renovado por %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>Renews %1</source>
            <translation>Renueva %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/timeline.py"></location>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
    </context>
    <context>
        <name>agreements</name>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>%1; last day %2</source>
            <translation>%1; último día: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n agreement(s) due for renewal</source>
            <translation>
                <numerusform>%n acuerdo necesita renovación</numerusform>
                <numerusform>%n acuerdos necesitan renovación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n agreement(s) expire within %1 days</source>
            <translation>
                <numerusform>%n acuerdo vence en %1 días</numerusform>
                <numerusform>%n acuerdos vencen en %1 días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>%n due for renewal</source>
            <translation>
                <numerusform>%n necesita renovación</numerusform>
                <numerusform>%n necesitan renovación</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Everyone on record has left; add the current liaison.</source>
            <translation>Todas las personas registradas se fueron; agregue al enlace actual.</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>Expired, not renewed</source>
            <translation>Vencido, no renovado</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>Expiring</source>
            <translation>Por vencer</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Had agreements with consulates; none is in force now.</source>
            <translation>Tenía acuerdos con consulados; ninguno está vigente ahora.</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>No agreement in force</source>
            <translation>Sin acuerdo vigente</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>No current liaison</source>
            <translation>Sin enlace vigente</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>No renewal started</source>
            <translation>No se inició la renovación</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>No sunset date; periodic review due %1</source>
            <translation>Sin fecha de término; revisión periódica pendiente el %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Not renewed; lapsed on %1</source>
            <translation>No se renovó; venció el %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/dashboard_model.py"></location>
            <source>Renewal %1 in progress</source>
            <translation>Renovación %1 en curso</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>Renewal due</source>
            <translation>Renovación pendiente</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>Report or copy due soon</source>
            <translation>Informe o copia por vencer</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>Report or copy overdue</source>
            <translation>Informe o copia vencidos</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>Review due</source>
            <translation>Revisión pendiente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>about %n year(s) ago</source>
            <translation>
                <numerusform>hace unos %n año</numerusform>
                <numerusform>hace unos %n años</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>all agencies</source>
            <translation>todas las agencias</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>in about %n year(s)</source>
            <translation>
                <numerusform>en unos %n año</numerusform>
                <numerusform>en unos %n años</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>no sunset</source>
            <translation>sin vencimiento</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location filename="../../ui/models/agreement_labels.py"></location>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/app.py"></location>
            <source>ConsularApp cannot start</source>
            <translation>ConsularApp no puede iniciar</translation>
        </message>
        <message>
            <location filename="../../ui/app.py"></location>
            <source>The database could not be opened.</source>
            <translation>No se pudo abrir la base de datos.</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>Acknowledged</source>
            <translation>Revisado</translation>
        </message>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../ui/models/directory_columns.py"></location>
            <source>Origin</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../ui/models/directory_columns.py"></location>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/models/directory_columns.py"></location>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>&amp;Apply mine over theirs</source>
            <translation>&amp;Aplicar lo mío sobre lo suyo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>&amp;Back to editing</source>
            <translation>&amp;Volver a editar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>&amp;Keep theirs</source>
            <translation>&amp;Conservar lo suyo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Changed by someone else</source>
            <translation>Otra persona lo cambió</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Close the editor; your changes are dropped.</source>
            <translation>Cerrar el editor; se descartan sus cambios.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Save your values, replacing theirs where they differ.</source>
            <translation>Guardar sus valores y reemplazar los de la otra persona donde difieran.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>The record no longer exists. Apply yours to create it again, or keep it deleted.</source>
            <translation>El registro ya no existe. Aplique lo suyo para crearlo de nuevo, o déjelo eliminado.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Their change and yours agree; nothing of yours would be lost.</source>
            <translation>Su cambio y el de la otra persona coinciden; no se perdería nada de lo suyo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Their values and yours, where they differ:</source>
            <translation>Los valores de la otra persona y los suyos, donde difieren:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Their values beside yours</source>
            <translation>Los valores de la otra persona junto a los suyos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Theirs (saved)</source>
            <translation>De la otra persona (guardado)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict_dialog.py"></location>
            <source>Yours</source>
            <translation>Suyo</translation>
        </message>
    </context>
    <context>
        <name>connect</name>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>&amp;Certificate:</source>
            <translation>&amp;Certificado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>&amp;Encryption:</source>
            <translation>Ci&amp;frado:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>&amp;Password:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>&amp;Recent:</source>
            <translation>&amp;Recientes:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>A team shares one database on a PostgreSQL server. Your administrator gives you these details.</source>
            <translation>Un equipo comparte una base de datos en un servidor PostgreSQL. Su administración le da estos datos.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Always encrypted (require)</source>
            <translation>Siempre cifrada (require)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Certificate authority</source>
            <translation>Autoridad de certificación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Certificate authority file</source>
            <translation>Archivo de la autoridad de certificación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Co&amp;nnect</source>
            <translation>Co&amp;nectar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Connect to team database</source>
            <translation>Conectarse a una base de datos de equipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Encrypted if the server offers it (prefer)</source>
            <translation>Cifrada si el servidor lo ofrece (prefer)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Encrypted, certificate and server name checked (verify-full)</source>
            <translation>Cifrada, con verificación del certificado y del nombre del servidor (verify-full)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Encrypted, server certificate checked (verify-ca)</source>
            <translation>Cifrada, con verificación del certificado del servidor (verify-ca)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Encryption</source>
            <translation>Cifrado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Give %1.</source>
            <translation>Indique %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>New connection</source>
            <translation>Conexión nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Not encrypted (disable)</source>
            <translation>Sin cifrar (disable)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>P&amp;ort:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Re&amp;member the password in this computer's credential store</source>
            <translation>Recor&amp;dar la contraseña en el almacén de credenciales de esta computadora</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Recent connections</source>
            <translation>Conexiones recientes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;vidor:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>This computer has no credential store; the password is asked each time.</source>
            <translation>Esta computadora no tiene almacén de credenciales; la contraseña se pedirá cada vez.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>e.g. db.region5.agency.gov</source>
            <translation>p. ej., db.region5.agency.gov</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>the certificate authority file</source>
            <translation>el archivo de la autoridad de certificación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>the database</source>
            <translation>la base de datos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>the server</source>
            <translation>el servidor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>the server's certificate authority (.crt, .pem)</source>
            <translation>la autoridad de certificación del servidor (.crt, .pem)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/connect_dialog.py"></location>
            <source>the user</source>
            <translation>el usuario</translation>
        </message>
    </context>
    <context>
        <name>discard</name>
        <message>
            <location filename="../../ui/widgets/discard.py"></location>
            <source>&amp;Discard changes</source>
            <translation>&amp;Descartar los cambios</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/discard.py"></location>
            <source>&amp;Keep editing</source>
            <translation>&amp;Seguir editando</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/discard.py"></location>
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/discard.py"></location>
            <source>You changed this form. Close it and discard the changes?</source>
            <translation>Cambió este formulario. ¿Cerrarlo y descartar los cambios?</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message numerus="yes">
            <location filename="../../ui/errors.py"></location>
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>Se encontró %n problema.</numerusform>
                <numerusform>Se encontraron %n problemas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar los detalles</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>ConsularApp</source>
            <translation>ConsularApp</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>Copy details to the clipboard</source>
            <translation>Copiar los detalles al portapapeles</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>Nothing was saved. Fix the problems below and try again.</source>
            <translation>No se guardó nada. Corrija los problemas que siguen y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>Something went wrong that ConsularApp did not expect. Your saved data is safe; the action you were doing may not have finished. Please copy the details below and send them to your support contact.</source>
            <translation>Ocurrió algo que ConsularApp no esperaba. Sus datos guardados están a salvo; quizá no terminó lo que estaba haciendo. Copie los detalles que siguen y envíelos a su contacto de soporte técnico.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>They are also in the log file %1.</source>
            <translation>También están en el archivo de registro %1.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py"></location>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../ui/widgets/fields.py"></location>
            <source>'%1' is not a date: write it as YYYY-MM-DD</source>
            <translation>'%1' no es una fecha: escríbala como AAAA-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>form</name>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>%1 changed this record %2 while you were editing it; saving will show their values beside yours.</source>
            <translation>%1 cambió este registro %2 mientras usted lo editaba; al guardar verá los valores de esa persona junto a los suyos.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>%1 deleted this record %2 while you were editing it.</source>
            <translation>%1 eliminó este registro %2 mientras usted lo editaba.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Changed by someone else</source>
            <translation>Otra persona lo cambió</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Choose a state</source>
            <translation>Elija un estado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>History of this record</source>
            <translation>Historial de este registro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Not saved yet. Please fix:</source>
            <translation>Todavía no se guardó. Corrija lo siguiente:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Someone else changed this record while you were editing it.</source>
            <translation>Otra persona cambió este registro mientras usted lo editaba.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py"></location>
            <source>e.g. America/Chicago</source>
            <translation>p. ej., America/Chicago</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Agency</source>
            <translation>Agencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Assignment</source>
            <translation>Asignación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Changed</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Consulate</source>
            <translation>Consulado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Created</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Deleted</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>History of %1</source>
            <translation>Historial de %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Membership</source>
            <translation>Adscripción</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>No change of this record is recorded yet.</source>
            <translation>Todavía no hay cambios registrados de este registro.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Obligation done</source>
            <translation>Obligación cumplida</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Occurrence</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Old → new</source>
            <translation>Antes → después</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Partner</source>
            <translation>Organización comunitaria</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Setting</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>demonstration data</source>
            <translation>datos de demostración</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>import</source>
            <translation>importación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>redo</source>
            <translation>rehacer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>reference directory</source>
            <translation>directorio de referencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py"></location>
            <source>undo</source>
            <translation>deshacer</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>Added by a user</source>
            <translation>Agregado por una persona usuaria</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>Added by a user (not from the built-in reference data).</source>
            <translation>Agregado por una persona usuaria (no proviene de los datos de referencia integrados).</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>Built-in reference data — source: %1; confidence: %2. Once you save, this record counts as edited: reloading the reference data leaves your changes alone.</source>
            <translation>Datos de referencia integrados — fuente: %1; confiabilidad: %2. Al guardarlo, este registro cuenta como editado: volver a cargar los datos de referencia no toca sus cambios.</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>Built-in reference data — source: %1; confidence: %2; edited by a user: %3</source>
            <translation>Datos de referencia integrados — fuente: %1; confiabilidad: %2; editado por una persona usuaria: %3</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>Reference, edited</source>
            <translation>Referencia, editado</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>not stated</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py"></location>
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <location filename="../../ui/language.py"></location>
            <source>System (%1)</source>
            <translation>Sistema (%1)</translation>
        </message>
    </context>
    <context>
        <name>lrw</name>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>%1 (cancelled)</source>
            <translation>%1 (cancelado)</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>%1 (shift)</source>
            <translation>%1 (turno)</translation>
        </message>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>%1 acknowledged</source>
            <translation>%1 revisados</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>%1 events at the same time</source>
            <translation>%1 eventos a la misma hora</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/events_model.py"></location>
            <source>%n open</source>
            <translation>
                <numerusform>%n sin cubrir</numerusform>
                <numerusform>%n sin cubrir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/week_grid_items.py"></location>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>(cancelled)</source>
            <translation>(cancelado)</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>+%1 more</source>
            <translation>+%1 más</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>All events</source>
            <translation>Todos los eventos</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Before (venue time)</source>
            <translation>Antes (hora del lugar)</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Cancelled: kept in the schedule so partners are told.</source>
            <translation>Cancelado: se mantiene en el programa para informar a las organizaciones aliadas.</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Changes from the previous release</source>
            <translation>Cambios respecto a la versión anterior</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>Colours of the event formats</source>
            <translation>Colores de los formatos de evento</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>Days of the campaign</source>
            <translation>Días de la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>Each block is tinted by its format, and says the format in words: %1</source>
            <translation>Cada bloque tiene el color de su formato y lo dice con palabras: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>English: %1</source>
            <translation>En inglés: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>Enter lists them</source>
            <translation>Entrar los muestra en la lista</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>Enter or double-click lists them</source>
            <translation>Entrar o doble clic los muestra en la lista</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <location filename="../../ui/models/staffing_models.py"></location>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>Events by day and local time at the venue. Arrow keys move between events; Enter opens the selected event.</source>
            <translation>Eventos por día y hora local del lugar. Las flechas pasan de un evento a otro; Entrar abre el evento seleccionado.</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Fields changed: %1</source>
            <translation>Campos cambiados: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>Formats:</source>
            <translation>Formatos:</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>Host consulate</source>
            <translation>Consulado anfitrión</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Languages needed</source>
            <translation>Idiomas necesarios</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Languages needed: %1</source>
            <translation>Idiomas necesarios: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Languages needed: none stated</source>
            <translation>Idiomas necesarios: sin indicar</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>No event selected</source>
            <translation>Ningún evento seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>No events to show.</source>
            <translation>No hay eventos que mostrar.</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>No host consulate</source>
            <translation>Sin consulado anfitrión</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>No office taking part</source>
            <translation>Ninguna oficina participa</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>No venue yet</source>
            <translation>Todavía sin sede</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Now (venue time)</source>
            <translation>Ahora (hora del lugar)</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>Office taking part</source>
            <translation>Oficina participante</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Offices</source>
            <translation>Oficinas</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Published (your time)</source>
            <translation>Publicado (su hora)</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Release</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Shift</source>
            <translation>Turno</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Spanish: %1</source>
            <translation>En español: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Speaks needed</source>
            <translation>Habla lo necesario</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Staff: %1 assigned (no number asked)</source>
            <translation>Personal: %1 asignadas (sin número solicitado)</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>Staff: %1 of %2</source>
            <translation>Personal: %1 de %2</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <location filename="../../ui/models/staffing_models.py"></location>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Time at the venue</source>
            <translation>Hora en el lugar</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>Venue
time</source>
            <translation>Hora
del lugar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/week_grid.py"></location>
            <source>Week grid</source>
            <translation>Cuadrícula semanal</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>When (at the venue)</source>
            <translation>Cuándo (hora de la sede)</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_items.py"></location>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>Whole event: %1</source>
            <translation>Todo el evento: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/conflict_tree.py"></location>
            <source>Yes: %1</source>
            <translation>Sí: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>added</source>
            <translation>agregado</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>already on this event</source>
            <translation>ya está en este evento</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>at an office taking part</source>
            <translation>en una oficina participante</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>busy at the same time: %1</source>
            <translation>ocupada a la misma hora: %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>complete</source>
            <translation>completo</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>covered</source>
            <translation>cubierto</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>daylight time</source>
            <translation>horario de verano</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>moved</source>
            <translation>movido</translation>
        </message>
        <message>
            <location filename="../../ui/models/releases_model.py"></location>
            <source>no changes</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>no daylight time</source>
            <translation>sin horario de verano</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>no membership in force that day</source>
            <translation>sin adscripción vigente ese día</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>not at an office taking part</source>
            <translation>no está en una oficina participante</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>not covered</source>
            <translation>sin cubrir</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>overlaps %1</source>
            <translation>se superpone con %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/events_model.py"></location>
            <source>recorded</source>
            <translation>registrado</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>removed</source>
            <translation>quitado</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>standard time</source>
            <translation>horario estándar</translation>
        </message>
        <message>
            <location filename="../../ui/models/lrw_labels.py"></location>
            <source>updated</source>
            <translation>actualizado</translation>
        </message>
        <message>
            <location filename="../../ui/models/staffing_models.py"></location>
            <source>whole event</source>
            <translation>todo el evento</translation>
        </message>
        <message>
            <location filename="../../ui/models/week_grid_model.py"></location>
            <source>✎ no outcome recorded yet</source>
            <translation>✎ sin resultado registrado todavía</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <location filename="../../ui/operations/campaigns.py"></location>
            <source>Add Labor Rights Week %1</source>
            <translation>Agregar la Semana de Derechos Laborales %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/agreements.py"></location>
            <source>Add agreement %1</source>
            <translation>Agregar el acuerdo %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Add event %1</source>
            <translation>Agregar el evento %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/partners.py"></location>
            <source>Add partner %1</source>
            <translation>Agregar la organización %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/staffing.py"></location>
            <source>Assign %1 to %2</source>
            <translation>Asignar a %1 a %2</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Cancel %1 on %2</source>
            <translation>Cancelar %1 el %2</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Cancel event %1</source>
            <translation>Cancelar el evento %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/campaigns.py"></location>
            <source>Copy a year into Labor Rights Week %1</source>
            <translation>Copiar un año en la Semana de Derechos Laborales %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/campaigns.py"></location>
            <source>Copying into Labor Rights Week %1…</source>
            <translation>Copiando en la Semana de Derechos Laborales %1…</translation>
        </message>
        <message>
            <location filename="../../ui/operations/directory.py"></location>
            <source>Delete %1</source>
            <translation>Eliminar %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/agreements.py"></location>
            <source>Delete agreement %1</source>
            <translation>Eliminar el acuerdo %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/directory.py"></location>
            <source>Delete consulate %1</source>
            <translation>Eliminar el consulado %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Delete event %1</source>
            <translation>Eliminar el evento %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/directory.py"></location>
            <source>Delete office %1</source>
            <translation>Eliminar la oficina %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/partners.py"></location>
            <source>Delete partner %1</source>
            <translation>Eliminar la organización %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/campaigns.py"></location>
            <source>Edit Labor Rights Week %1</source>
            <translation>Editar la Semana de Derechos Laborales %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/agreements.py"></location>
            <source>Edit agreement %1</source>
            <translation>Editar el acuerdo %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Edit event %1</source>
            <translation>Editar el evento %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/partners.py"></location>
            <source>Edit partner %1</source>
            <translation>Editar la organización %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/staffing.py"></location>
            <source>Edit the assignment of %1</source>
            <translation>Editar la asignación de %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/obligations.py"></location>
            <source>Mark done: %1</source>
            <translation>Marcar como cumplida: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Move %1</source>
            <translation>Mover %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/obligations.py"></location>
            <source>Not done: %1</source>
            <translation>No cumplida: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Outcome of %1</source>
            <translation>Resultado de %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/publishing.py"></location>
            <source>Publishing Labor Rights Week %1…</source>
            <translation>Publicando la Semana de Derechos Laborales %1…</translation>
        </message>
        <message>
            <location filename="../../ui/operations/staffing.py"></location>
            <source>Remove %1 from %2</source>
            <translation>Quitar a %1 de %2</translation>
        </message>
        <message>
            <location filename="../../ui/operations/staffing.py"></location>
            <source>Remove the assignment of %1</source>
            <translation>Quitar la asignación de %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/agreements.py"></location>
            <source>Renew agreement %1</source>
            <translation>Renovar el acuerdo %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/directory.py"></location>
            <source>Replace the liaison of %1</source>
            <translation>Reemplazar el enlace de %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/events.py"></location>
            <source>Restore %1 on %2</source>
            <translation>Restablecer %1 el %2</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <location filename="../../ui/progress.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/progress.py"></location>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>sort_menu</name>
        <message>
            <location filename="../../ui/widgets/sort_menu.py"></location>
            <source>%1 (ascending)</source>
            <translation>%1 (ascendente)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sort_menu.py"></location>
            <source>%1 (descending)</source>
            <translation>%1 (descendente)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sort_menu.py"></location>
            <source>S&amp;ort by</source>
            <translation>&amp;Ordenar por</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sort_menu.py"></location>
            <source>Sort by</source>
            <translation>Ordenar por</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <location filename="../../ui/team.py"></location>
            <source>Team: %1/%2 as %3 (%4)</source>
            <translation>Equipo: %1/%2 como %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../ui/team.py"></location>
            <source>administrator</source>
            <translation>administración</translation>
        </message>
        <message>
            <location filename="../../ui/team.py"></location>
            <source>editor</source>
            <translation>edición</translation>
        </message>
        <message>
            <location filename="../../ui/team.py"></location>
            <source>viewer</source>
            <translation>consulta</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../ui/operations/undo.py"></location>
            <source>Redone: %1</source>
            <translation>Rehecho: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/undo.py"></location>
            <source>Undone: %1</source>
            <translation>Deshecho: %1</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>%1 was not imported: nothing was written. Fix these rows in the workbook and import it again.</source>
            <translation>No se importó %1: no se escribió nada. Corrija estas filas en el libro y vuelva a importarlo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/workbook_actions.py"></location>
            <source>%n warning(s) (see Show Details).</source>
            <translation>
                <numerusform>%n advertencia (vea Mostrar detalles).</numerusform>
                <numerusform>%n advertencias (vea Mostrar detalles).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Checking %1…</source>
            <translation>Revisando %1…</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Export cancelled.</source>
            <translation>Se canceló la exportación.</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Export workbook</source>
            <translation>Exportar libro</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Se exportó %n fila a %1.</numerusform>
                <numerusform>Se exportaron %n filas a %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Exporting to %1…</source>
            <translation>Exportando a %1…</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Import cancelled; nothing was written.</source>
            <translation>Se canceló la importación; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Import workbook</source>
            <translation>Importar libro</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Imported %1: %2</source>
            <translation>Se importó %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Ready to import %1.</source>
            <translation>Listo para importar %1.</translation>
        </message>
        <message>
            <location filename="../../ui/workbook_actions.py"></location>
            <source>Workbook not imported</source>
            <translation>No se importó el libro</translation>
        </message>
    </context>
</TS>
