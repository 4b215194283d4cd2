"""Does a visitor's message try to get the assistant's instructions out?

A turn that does is strict: its reply is held until it is checked, the judge reads it, and the
rest of the chat stays strict. The signals are what every such request needs, in each language
the product claims: a reference to the assistant's own setup ("your instructions", "the text
above", "how were you configured", "what were you told not to say"), or a request for what its
setup keeps back (discount codes it may give, the lowest price it may accept). Words that only
sound like it ("the instructions for this shelf", "repeat the last exercise", "translate this
paragraph", "a prompt for an image generator") are not signals: each pattern needs the
assistant as the owner or the addressee.
"""

from __future__ import annotations

import re

MAX_INTENT_CHARS = 4_000

_ENGLISH = (
    # The setup itself, owned by the assistant or named as the system's.
    r"\b(?:system|initial|original|hidden|secret|developer|custom|pre-?prompt|base|starting)\s*"
    r"(?:prompt|message|instructions?|directives?|rules|text|configuration|settings)\b",
    r"\b(?:your|ur|yr|the bot'?s|the assistant'?s|the ai'?s|its)\s+(?:own\s+|full\s+|exact\s+|"
    r"original\s+|initial\s+|hidden\s+|secret\s+|internal\s+|complete\s+|entire\s+|whole\s+|"
    r"real\s+|actual\s+|underlying\s+|core\s+|top\s+|first\s+)*"
    r"(?:instructions?|instrucions|instrutions|prompts?|rules|guidelines|directives|"
    r"configuration|config|set-?up|programming|persona|briefing|system message|guardrails|"
    r"constraints|orders|specs?|specification|initial text|preamble|context window|brief|notes|"
    r"internal notes|script|policies|restrictions|knowledge base|hidden text|secret)\b",
    r"\b(?:how|what|who)\s+(?:were|was|are|have|did)\s+(?:you|u)\s+(?:been\s+|exactly\s+)?"
    r"(?:told|instructed|programmed|configured|set\s*up|prompted|briefed|given|asked|designed|"
    r"built|made|trained|setup|told\s+to)\b",
    r"\bwhat\s+(?:you|u)\s+(?:were|was|have\s+been|got)\s+(?:told|given|instructed|asked|fed)\b",
    r"\b(?:you\s+were|you've\s+been|you\s+have\s+been|you're|you\s+are)\s+(?:told|instructed|"
    r"programmed|not\s+allowed|forbidden|supposed)\s+(?:not\s+)?to\b",
    r"\b(?:are|were)\s+you\s+(?:told|instructed|allowed|permitted|supposed|forbidden)\b",
    r"\b(?:not\s+allowed|forbidden|told\s+not)\s+to\s+(?:say|tell|talk|mention|discuss|share|"
    r"reveal|disclose)\b",
    r"\b(?:everything|anything|all|the\s+text|the\s+words|the\s+content|what(?:'s|\s+is)\s+"
    r"written|whatever|text|words|stuff|what\s+came)\s+(?:that\s+(?:is|was|came)\s+)?"
    r"(?:above|before|prior\s+to|preceding)\s+(?:this|my|the\s+(?:first|start)|our|here|it)\b",
    r"\babove\s+(?:this|my)\s+(?:line|message|conversation|chat|question)\b",
    r"\b(?:first|start)\s+of\s+(?:this|the)\s+(?:conversation|chat)\b.{0,40}\b(?:say|said|"
    r"written|text|message)\b",
    r"\b(?:continue|complete|finish|go\s+on)\b[^.?!]{0,40}[\"'“‘]\s*you\s+are\b",
    r"\b(?:the\s+)?(?:first|next|last|following|\d+(?:st|nd|rd|th)?)\s+(?:\d+\s+)?"
    r"(?:word|words|line|lines|sentence|sentences|paragraph|characters)\s+(?:of|in|from)\s+"
    r"(?:your|the\s+(?:system|initial|hidden|original))",
    r"\b(?:next|first|last|following)\s+\d+\s+words\b",  # "the next 7 words": one bite at a time
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+)?"
    r"(?:previous|prior|above|earlier|preceding|former)?\s*(?:instructions?|rules|prompts?|"
    r"directions|guidelines)\b",
    r"\b(?:developer|dev|debug|admin|god|maintenance|diagnostic|sudo|root)\s+mode\b|\bjailbreak|"
    r"\bdan\s+mode\b",
    r"\b(?:i'?m|i\s+am|we\s+are|as)\s+(?:your|the|a)\s+(?:developer|creator|owner|admin|"
    r"administrator|engineer|operator|maker|programmer)\b",
    r"\b(?:discount|promo|coupon|voucher|staff|employee|secret|internal|admin|override|"
    r"retention|referral)\s+(?:codes?|passwords?|pass\s?phrases?|pins?|keys?)\b.{0,40}"
    r"\b(?:you|your|allowed|can|give|have|know|use)\b",
    r"\b(?:you|your)\b.{0,40}\b(?:discount|promo|coupon|voucher|staff|employee|secret|internal|"
    r"admin)\s+(?:codes?|passwords?|pass\s?phrases?)\b",
    r"\b(?:lowest|minimum|min|floor|bottom|rock[- ]bottom|best)\s+(?:price|rate|offer|"
    r"amount|discount)\s+(?:you(?:'re|\s+are)?|u)\s+(?:allowed|able|authori[sz]ed|permitted|"
    r"can|could|would|will)\b",
    r"\b(?:how\s+low|how\s+much\s+(?:of\s+a\s+)?discount)\s+(?:are|can|could|will)\s+you\b",
    r"\b(?:internal|confidential|secret|private|hidden)\s+(?:notes?|info(?:rmation)?|details|"
    r"data|policies|rules|memo|section|part)\b.{0,30}\b(?:you|your)\b",
    r"\b(?:you|your)\b.{0,30}\b(?:internal|confidential|hidden)\s+(?:notes?|info(?:rmation)?|"
    r"details|section|part|memo)\b",
    r"\bwhat\s+(?:topics?|things?|subjects?)\s+(?:are\s+you|were\s+you|can'?t\s+you|"
    r"cannot\s+you|won'?t\s+you|must\s+you|do\s+you\s+avoid)\b",
    r"\b(?:repeat|recite|print|output|echo|dump|paste|copy|display|show|reveal|expose|leak|"
    r"spell|encode|translate|rewrite|convert|summari[sz]e|list|tell|give|write|put)\b[^.?!]{0,40}"
    r"\b(?:verbatim|word[- ]for[- ]word|word\s+by\s+word|in\s+full|exactly\s+as\s+(?:written|"
    r"given))\b",
    r"\b(?:base\s*64|base32|rot\s*13|hex(?:adecimal)?|binary|morse|caesar)\b[^.?!]{0,40}"
    r"\b(?:your|everything|instructions|rules|prompt|setup|above)\b",
    r"\b(?:your|the)\s+(?:instructions|rules|prompt|setup)\b[^.?!]{0,40}\b(?:base\s*64|base32|"
    r"rot\s*13|hex|binary|morse|json|yaml|code\s*block|markdown)\b",
    r"\b(?:instructions?|rules|guidelines|directives|prompt|orders|notes)\s+(?:that\s+)?"
    r"(?:you|u)\s+(?:were\s+given|got|received|follow|have|operate\s+under|obey|are\s+"
    r"(?:following|under|given)|run\s+on|work\s+with)\b",
    r"\b(?:what|which)\s+(?:instructions|rules|guidelines|orders|directives)\s+(?:were|have|"
    r"did)\s+(?:you|u)\s+(?:been\s+)?(?:given|told|get|got|receive|received)\b",
    r"\bwhat\s+(?:can'?t|cannot|won'?t|mustn'?t|shouldn'?t)\s+(?:you|u)\s+(?:tell|say|share|"
    r"talk|discuss|reveal|mention|disclose)\b",
    r"\b(?:your|the)\s+(?:creator|developer|owner|maker|company|operator|business|boss)\b"
    r"[^.?!]{0,30}\b(?:told|tell|instructed|asked|said|gave|wrote)\b",
    r"\bbehind\s+the\s+scenes\b|\bunder\s+the\s+hood\b[^.?!]{0,30}\b(?:you|your)\b",
)
_SPANISH = (
    r"\b(?:tus|sus)\s+(?:propias\s+)?(?:instrucciones|reglas|directrices|indicaciones|"
    r"normas|órdenes|pautas|consignas)\b",
    r"\b(?:tu|su)\s+(?:propio\s+)?(?:prompt|configuración|programación|mensaje\s+(?:de|del)\s+"
    r"sistema|guion|personaje)\b",
    r"\b(?:prompt|mensaje|instrucciones?)\s+(?:del\s+sistema|inicial(?:es)?|original(?:es)?|"
    r"ocult[oa]s?|secret[oa]s?)\b",
    r"\b(?:qué|que|cómo|como)\s+(?:te\s+)?(?:dijeron|ordenaron|indicaron|pidieron|programaron|"
    r"configuraron|instruyeron|han\s+(?:dicho|indicado|programado|configurado))\b",
    r"\b(?:todo\s+lo\s+(?:que\s+(?:hay|está)\s+)?|el\s+texto\s+)(?:de\s+)?(?:arriba|anterior)\b",
    r"\b(?:código|códigos|cupón|clave)\s+(?:de\s+)?(?:descuento|promoción|empleado|personal|"
    r"interno|secreto)\b",
    r"\bprecio\s+(?:mínimo|más\s+bajo)\b.{0,30}\b(?:puedes|permitido|aceptar|autorizad)",
    r"\b(?:no\s+(?:puedes|debes|te\s+dejan)|te\s+prohibieron)\s+(?:decir|contar|hablar|revelar)",
    r"\b(?:soy|como)\s+(?:tu|el)\s+(?:desarrollador|creador|administrador|programador)\b",
    r"\b(?:instrucciones|reglas|indicaciones|normas|directrices)\s+que\s+(?:te\s+(?:dieron|han\s+"
    r"dado|pasaron)|(?:recibiste|sigues|tienes|obedeces))\b",
    r"\b(?:qué|que)\s+(?:no\s+puedes|tienes\s+prohibido)\s+(?:decir|contar|revelar)",
    r"\b(?:qué|que|cuáles|cuales)\s+(?:son\s+(?:las|tus)\s+)?(?:instrucciones|reglas|"
    r"indicaciones|órdenes|normas)\s+(?:te\s+(?:dieron|dio|han\s+dado|pasaron)|tienes|sigues|"
    r"recibiste)\b",
)
_GERMAN = (
    r"\b(?:deine[nmrs]?|ihre[nmrs]?|eure[nmrs]?)\s+(?:eigenen?\s+|genauen?\s+|"
    r"ursprünglichen?\s+|internen?\s+|versteckten?\s+|geheimen?\s+)?"
    r"(?:anweisungen|instruktionen|regeln|vorgaben|richtlinien|konfiguration|einstellungen|"
    r"systemanweisungen?|befehle|notizen|anweisung|vorgabe|instruktion|einstellung)\b",
    r"\b(?:dein(?:e[nmrs]?)?|ihr(?:e[nmrs]?)?|euer)\s+(?:eigener\s+|genauer\s+)?(?:prompt|"
    r"systemprompts?|auftrag|setup|briefing|skript)\b",
    r"\b(?:anweisungen|regeln|vorgaben|richtlinien)\s*,?\s+die\s+(?:du|sie)\s+(?:\w+\s+)?"
    r"(?:bekommen|erhalten|befolgst|befolgen|hast|haben)\b",
    r"\b(?:system\s*-?\s*prompt|systemnachricht|systemanweisung|anfangsanweisung|"
    r"ursprüngliche\s+anweisung)",
    r"\b(?:was|wie)\s+(?:wurde\s+dir|hat\s+man\s+dir|hast\s+du)\s+(?:\w+\s+){0,2}"
    r"(?:gesagt|aufgetragen|vorgegeben|mitgegeben|befohlen|programmiert|eingestellt)",
    r"\bwie\s+(?:wurdest|bist)\s+du\s+(?:\w+\s+){0,2}(?:konfiguriert|eingerichtet|programmiert|"
    r"eingestellt|instruiert)",
    r"\b(?:alles|den\s+text|den\s+inhalt)\s+(?:oben|davor|über\s+(?:dieser|meiner))\b",
    r"\b(?:rabatt|gutschein|mitarbeiter|personal|geheim|intern)\s*-?\s*(?:code|codes|passwort)\b",
    r"\b(?:mindestpreis|tiefstpreis|niedrigsten\s+preis)\b",
    r"\bdarfst\s+du\s+(?:nicht\s+)?(?:sagen|verraten|erzählen|nennen|preisgeben)",
    r"\bich\s+bin\s+(?:dein|der)\s+(?:entwickler|ersteller|administrator|admin|programmierer)\b",
)
_FRENCH = (
    r"\b(?:tes|vos|ses)\s+(?:propres\s+)?(?:instructions|consignes|règles|directives|"
    r"paramètres|réglages|notes\s+internes)\b",
    r"\b(?:ton|votre)\s+(?:propre\s+)?(?:prompt|message\s+système|rôle\s+exact|script|"
    r"configuration|paramétrage)\b",
    r"\b(?:prompt|message|instructions?)\s+(?:système|initial(?:e|es)?|d'origine|original(?:e|es)?|"
    r"cach[ée]e?s?|secr[èe]te?s?)\b",
    r"\b(?:qu'est-ce\s+qu'on|ce\s+qu'on|qu'on)\s+(?:t'a|vous\s+a)\s+(?:dit|demandé|ordonné|"
    r"donné|programmé)",
    r"\bcomment\s+(?:as-tu|avez-vous|t'a-t-on|vous\s+a-t-on|on\s+t'a)\s+(?:été\s+)?"
    r"(?:configuré|programmé|paramétré|instruit)",
    r"\b(?:tout\s+ce\s+qui\s+(?:est|se\s+trouve)|le\s+texte)\s+(?:au-dessus|ci-dessus|avant)\b",
    r"\bcode\s+(?:de\s+réduction|promo|secret|interne|employé|du\s+personnel)\b",
    r"\bprix\s+(?:minimum|plancher|le\s+plus\s+bas)\b",
    r"\b(?:as-tu|avez-vous)\s+le\s+droit\s+de\s+(?:dire|révéler|donner)|"
    r"\b(?:tu\s+n'as|vous\s+n'avez)\s+pas\s+le\s+droit",
    r"\bje\s+suis\s+(?:ton|votre|le)\s+(?:développeur|créateur|administrateur|programmeur)\b",
    r"\b(?:instructions|règles|consignes|directives)\s+(?:qu'on\s+(?:t'a|vous\s+a)|que\s+"
    r"(?:tu|vous)\s+(?:as|avez|suis|suivez|respectes|respectez))\b",
    r"\b(?:qu'est-ce\s+que|que)\s+(?:tu\s+ne\s+peux|vous\s+ne\s+pouvez)\s+pas\s+(?:dire|révéler)",
)
_PORTUGUESE = (
    r"\b(?:suas|tuas)\s+(?:próprias\s+)?(?:instruções|regras|diretrizes|orientações|"
    r"configurações|notas\s+internas)\b",
    r"\b(?:seu|teu)\s+(?:próprio\s+)?(?:prompt|comando\s+inicial|roteiro|script|"
    r"configuração)\b",
    r"\b(?:prompt|mensagem|instruç(?:ão|ões))\s+(?:do\s+sistema|inicia(?:l|is)|origina(?:l|is)|"
    r"ocult[ao]s?|secret[ao]s?)\b",
    r"\bo\s+que\s+(?:te|lhe)\s+(?:disseram|mandaram|pediram|instruíram|programaram)",
    r"\bcomo\s+(?:você\s+|tu\s+)?(?:foi|foste)\s+(?:configurad[oa]|programad[oa]|instruíd[oa])",
    r"\b(?:tudo\s+(?:o\s+)?que\s+(?:está|vem)|o\s+texto)\s+(?:acima|antes)\b",
    r"\bcódigo\s+(?:de\s+)?(?:desconto|promocional|funcionário|interno|secreto)\b",
    r"\bpreço\s+(?:mínimo|mais\s+baixo)\b",
    r"\b(?:não\s+(?:pode|podes|deve)|proibid[oa])\s+(?:de\s+)?(?:dizer|contar|falar|revelar)",
    r"\bsou\s+(?:o\s+)?(?:seu|teu)\s+(?:desenvolvedor|criador|administrador|programador)\b",
    r"\b(?:instruções|regras|orientações|diretrizes)\s+que\s+(?:você|tu)\s+(?:recebeu|"
    r"recebeste|segue|segues|tem|tens)\b",
    r"\bo\s+que\s+(?:você\s+)?(?:não\s+pode|não\s+podes)\s+(?:dizer|contar|revelar)",
)
_CJK = (
    # Chinese.
    r"系统提示|系統提示|(?:你|您)的(?:提示词|提示詞|指令|指示|规则|規則|设定|設定|设置|配置|提示|"
    r"说明|說明|初始|内部|內部|人设|人設)|(?:初始|原始|隐藏|隱藏|系统|系統|最初)的?(?:指令|提示|消息|"
    r"设定|設定|规则|規則)|(?:你|您)被(?:告知|要求|设定|設定|设置|编程|編程|指示)|(?:上面|以上|之前|"
    r"前面)的?(?:所有)?(?:内容|內容|文字|文本|话|話)|(?:折扣|优惠|優惠|员工|員工|内部|內部)(?:码|碼|"
    r"代码|代碼|口令|密码|密碼)|底价|底價|最低价|最低價|不能(?:说|說|告诉|告訴|透露)(?:什么|什麼|哪些)|"
    r"(?:开发者|開發者|管理员|管理員)模式|我是(?:你的)?(?:开发者|開發者|创建者|創建者|管理员|管理員)",
    # Japanese.
    r"システムプロンプト|(?:あなた|君|きみ|お前)(?:の|が受けた|が与えられた)(?:指示|命令|ルール|"
    r"設定|規則|ガイドライン|プロンプト|初期設定|内部メモ)|(?:最初|元|初期|隠し|隠された|内部)の"
    r"(?:指示|命令|設定|プロンプト|メモ)|(?:何|どう|どのように)(?:と|を)?(?:指示|命令|設定|"
    r"プログラム)され|(?:上|前)(?:の|に(?:ある|書かれた))(?:文章|内容|テキスト|すべて|全て)|"
    r"割引コード|社員コード|クーポンコード|最低価格|言えないこと|話せないこと|開発者モード|"
    r"(?:私は|僕は)(?:あなたの)?(?:開発者|作成者|管理者)|(?:あなた|君|きみ)(?:に|へ)の?"
    r"(?:与えられた|渡された|書かれた|設定された|出された)?(?:指示|命令|ルール|設定|プロンプト|"
    r"メッセージ)|システムメッセージ",
    # Korean.
    r"시스템\s*프롬프트|(?:너의|너|네|당신의|당신)\s*(?:지시|지침|규칙|설정|명령|프롬프트|초기\s*설정|"
    r"내부\s*메모)|(?:처음|원래|초기|숨겨진|내부)\s*(?:지시|지침|설정|프롬프트|메모)|"
    r"(?:어떻게|무엇을|뭐라고)\s*(?:설정|지시|명령|프로그래밍)|(?:위의|위에\s*있는|이전의?|앞의)\s*"
    r"(?:내용|텍스트|글|모든)|할인\s*코드|직원\s*코드|쿠폰\s*코드|최저\s*가격|말할\s*수\s*없는|"
    r"개발자\s*모드|(?:나는|저는)\s*(?:너의|당신의)?\s*(?:개발자|제작자|관리자)|"
    r"(?:너에게|당신에게|네가|당신이)\s*(?:주어진|내려진|받은|입력된)\s*(?:지시|지침|규칙|설정|명령|"
    r"프롬프트)",
)
_ATTEMPT = re.compile(
    "|".join(f"(?:{p})" for p in (*_ENGLISH, *_SPANISH, *_GERMAN, *_FRENCH, *_PORTUGUESE, *_CJK)),
    re.IGNORECASE,
)


def is_extraction_attempt(user_text: str) -> bool:
    """Whether a visitor's message asks for the assistant's instructions or what they keep
    back, in any of the usual ways and languages."""
    return bool(_ATTEMPT.search(user_text[:MAX_INTENT_CHARS]))
