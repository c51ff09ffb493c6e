"""Page labels: Mandarin by default, English with ``?lang=en`` (remembered in a cookie)."""

from __future__ import annotations

from starlette.requests import Request

LANG_COOKIE = "ivr_lang"
LANGUAGES = ("zh", "en")

LABELS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "app_title": ("12315 热线管理", "12315 hotline administration"),
    "login": ("登录", "Sign in"),
    "logout": ("退出", "Sign out"),
    "username": ("用户名", "Username"),
    "password": ("密码", "Password"),
    "signed_in_as": ("当前用户", "Signed in as"),
    "nav_admin": ("菜单管理", "Menus"),
    "nav_agent": ("坐席工作台", "Agent console"),
    "nav_dashboard": ("监控大屏", "Dashboard"),
    "forbidden": ("无权访问此页面", "You may not open this page"),
    "language": ("English", "中文"),
    # admin
    "menu_editor": ("菜单编辑", "Menu editor"),
    "file": ("文件", "File"),
    "validate": ("校验", "Validate"),
    "diff": ("与已发布版本比较", "Diff against published"),
    "try": ("试拨", "Try"),
    "try_inputs": ("模拟输入（逗号分隔，如 1,2,北京）", "Scripted input (comma separated, e.g. 1,2,Beijing)"),
    "publish": ("发布", "Publish"),
    "comment": ("说明", "Comment"),
    "versions": ("版本", "Versions"),
    "version": ("版本号", "Version"),
    "author": ("作者", "Author"),
    "created_at": ("时间", "Time"),
    "published": ("已发布", "Published"),
    "rollback": ("回滚到此版本", "Roll back to this"),
    "prompts": ("提示音", "Prompts"),
    "prompt_id": ("提示音编号", "Prompt"),
    "text": ("文本", "Text"),
    "save_regenerate": ("保存并重新合成", "Save and regenerate"),
    "upload_recording": ("上传录音", "Upload recording"),
    "listen": ("试听", "Listen"),
    "upload_menu": ("上传菜单文件", "Upload menu file"),
    "schedule": ("服务时间与应急", "Hours and emergency"),
    "hours": ("服务时间（YAML）", "Opening hours (YAML)"),
    "holidays": ("节假日（每行一个日期）", "Holidays (one date a line)"),
    "emergency": ("启用应急广播", "Emergency message on"),
    "emergency_prompt": ("应急提示音", "Emergency prompt"),
    "save_publish": ("保存并发布", "Save and publish"),
    "no_errors": ("校验通过", "No errors"),
    "errors": ("错误", "Errors"),
    "users": ("用户", "Users"),
    "acd_config": ("路由与溢出规则（中心、服务时间、排队）", "Routing and overflow rules (centres, hours, queues)"),
    "live_try": ("交互试拨", "Interactive try"),
    "live_use_draft": ("使用编辑中的草稿", "Use the draft being edited"),
    "live_start": ("开始呼叫", "Start call"),
    "live_hangup": ("挂机", "Hang up"),
    "live_input": ("输入（按键、say: 北京、statement: …、timeout、hangup）",
                   "Input (keys, say: Beijing, statement: …, timeout, hangup)"),
    "live_send": ("发送", "Send"),
    "live_waiting": ("等待输入", "Waiting for"),
    "live_ended": ("通话结束", "Call ended"),
    "routing": ("路由", "Routing"),
    # agent
    "state": ("状态", "State"),
    "ready": ("就绪", "Ready"),
    "pause": ("小休", "Pause"),
    "pause_reason": ("小休原因", "Pause reason"),
    "agent_login": ("签入", "Log in"),
    "agent_logout": ("签出", "Log out"),
    "offered_call": ("来电", "Offered call"),
    "no_call": ("暂无来电", "No call"),
    "region": ("地区", "Region"),
    "service_type": ("业务类型", "Service type"),
    "category": ("类别", "Category"),
    "recognised": ("识别文本", "Recognised text"),
    "transcript": ("诉求录音转写", "Statement transcript"),
    "history": ("历史来电", "Earlier calls"),
    "caller": ("来电号码", "Caller"),
    "complaint_form": ("登记工单", "Complaint form"),
    "kind": ("类型", "Kind"),
    "kind_complaint": ("投诉", "Complaint"),
    "kind_report": ("举报", "Report"),
    "kind_consultation": ("咨询", "Consultation"),
    "kind_progress": ("查询进度", "Case progress"),
    "business_name": ("经营者名称", "Business name"),
    "business_address": ("经营者地址", "Business address"),
    "business_division": ("经营者所在地区代码", "Business division code"),
    "summary": ("诉求摘要", "Summary"),
    "file_complaint": ("提交工单", "File complaint"),
    "wrap_up": ("话后处理", "Wrap-up"),
    "disposition": ("处理结果", "Disposition"),
    "finish": ("完成", "Finish"),
    "ticket": ("工单号", "Ticket"),
    # dashboard
    "centre": ("中心", "Centre"),
    "waiting": ("排队", "Waiting"),
    "longest_wait": ("最长等待（秒）", "Longest wait (s)"),
    "agents": ("坐席", "Agents"),
    "service_level": ("服务水平", "Service level"),
    "asa": ("平均应答速度（秒）", "ASA (s)"),
    "abandoned": ("放弃率", "Abandoned"),
    "answered": ("已接", "Answered"),
    "offered": ("呼入", "Offered"),
    "overflow_in": ("溢入", "Overflow in"),
    "overflow_out": ("溢出", "Overflow out"),
    "calls_per_half_hour": ("每半小时呼入量", "Calls per half hour"),
    "alerts": ("预警", "Alerts"),
    "national": ("全国概览", "National overview"),
    "updated": ("更新时间", "Updated"),
}


def page_language(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    remembered = request.cookies.get(LANG_COOKIE)
    return remembered if remembered in LANGUAGES else "zh"


def labels(language: str) -> dict[str, str]:
    index = 0 if language == "zh" else 1
    return {key: pair[index] for key, pair in LABELS.items()}
